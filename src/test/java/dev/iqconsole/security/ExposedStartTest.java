package dev.iqconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.iqconsole.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/** Started as the container image starts it (every interface) with no login, the console refuses to start. */
class ExposedStartTest {

    @Test
    void listening_on_every_interface_without_a_login_stops_the_start_with_one_sentence() {
        // command-line arguments, as a user passes them: they override application.properties
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.address=0.0.0.0",
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:exposed;DB_CLOSE_DELAY=-1")
                .close());
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        assertThat(cause)
                .isInstanceOf(ExposedWithoutLoginException.class)
                .hasMessage("The console listens on 0.0.0.0 but has no login: configure iqconsole.security.users or"
                        + " an OpenID Connect provider (README, \"Run it for a team\"), or listen on 127.0.0.1.");
        var analysis = new ExposedWithoutLoginFailureAnalyzer().analyze(failure);
        assertThat(analysis.getAction()).contains("iqconsole.security.users", "server.address=127.0.0.1");
    }
}
