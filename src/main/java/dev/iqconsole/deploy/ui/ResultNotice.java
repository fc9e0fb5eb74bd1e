package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The outcome of Check or Deploy where the user is looking: the results panel sits below the form and the
 * alternatives, out of sight on most screens, so the page scrolls to it and a notification says the outcome with a
 * button to the details. A problem stays until closed or replaced by the next outcome; a success goes after a while.
 */
final class ResultNotice {

    static final int SUCCESS_MILLIS = 8000;

    private final Component details;
    private Notification shown;

    /** @param details what the notice leads to, and what the page scrolls to */
    ResultNotice(Component details) {
        this.details = details;
    }

    void show(String outcome, boolean ok) {
        if (shown != null) {
            shown.close(); // only the newest outcome counts
        }
        details.scrollIntoView();
        var notification = new Notification();
        notification.setId("deploy-notice");
        notification.setPosition(Notification.Position.TOP_END);
        notification.addThemeVariants(ok ? NotificationVariant.SUCCESS : NotificationVariant.ERROR);
        notification.setDuration(ok ? SUCCESS_MILLIS : 0);
        var text = new Span(outcome);
        text.setId("deploy-notice-text");
        var show = new Button("Show details", e -> {
            details.scrollIntoView();
            notification.close();
        });
        show.setId("deploy-notice-details");
        show.addThemeVariants(ButtonVariant.TERTIARY);
        var close = new Button("Close", e -> notification.close());
        close.addThemeVariants(ButtonVariant.TERTIARY);
        var content = new Div(text, show, close);
        content.addClassName("iqc-notice");
        notification.add(content);
        notification.open();
        shown = notification;
    }
}
