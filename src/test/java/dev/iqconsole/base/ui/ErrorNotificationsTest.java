package dev.iqconsole.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorNotificationsTest {

    @Test
    void validation_messages_written_for_users_are_shown() {
        var error = new RuntimeException(new IllegalArgumentException("namespace: must be a DNS-1123 label"));
        assertThat(ErrorNotifications.userMessage(error)).isEqualTo("namespace: must be a DNS-1123 label");
    }

    @Test
    void other_failures_are_not_shown_verbatim() {
        var error = new IllegalStateException("java.sql.SQLException at org.h2...");
        assertThat(ErrorNotifications.userMessage(error))
                .isEqualTo("Something went wrong on the server. The details are in the console's log.");
    }
}
