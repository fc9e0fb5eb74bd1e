package dev.iqconsole.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one error handler of the UI: logs the failure and shows one notification, so that an unexpected
 * exception never leaves a broken page or a stack trace in the browser.
 */
@Component
class ErrorNotifications implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifications.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        log.error("Unhandled error in the UI", error);
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        ui.access(() -> {
            var notification = Notification.show(userMessage(error), 6000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.ERROR);
        });
    }

    /** Messages of our own validation errors are written for users; anything else is not shown verbatim. */
    static String userMessage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return "Something went wrong on the server. The details are in the console's log.";
    }
}
