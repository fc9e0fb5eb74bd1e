package dev.iqconsole.cluster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits, in a browserless view test, for answers the views receive through {@code UI.access()} from calls made off
 * the UI thread ({@link ClusterCalls}). The test thread holds the session lock, so it runs the queued tasks itself:
 * {@code roundTrip()} alone does not run them.
 */
public final class AccessTasks {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private AccessTasks() {}

    /** Runs queued UI.access() tasks and then {@code roundTrip} until {@code done} holds, for 30 s at most. */
    public static void awaitUntil(BooleanSupplier done, Runnable roundTrip) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("waited %s for the views' answers", PATIENCE)
                    .isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            var session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            roundTrip.run();
        }
    }

    /** Whether the component waits for a cluster call ({@link ClusterCalls} marks it {@code data-loading}). */
    public static boolean loading(HasElement component) {
        return "true".equals(component.getElement().getAttribute("data-loading"));
    }
}
