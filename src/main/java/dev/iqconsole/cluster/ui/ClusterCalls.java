package dev.iqconsole.cluster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Calls to a cluster made off the UI thread, their answers shown through {@link UI#access}: a slow or dead cluster
 * keeps only the component that waits for it busy (until the client's timeout), never the whole page.
 *
 * <p>While a component has calls outstanding it carries {@code data-loading="true"}, for styling and for tests. The
 * console has no server push, so the UI polls while any call of any component is outstanding.
 */
public final class ClusterCalls {

    public static final int POLL_MILLIS = 500;

    /** How many calls are outstanding, kept on the UI and on each waiting component. */
    private record Outstanding(int count) {}

    private ClusterCalls() {}

    /**
     * Runs {@code call} on a virtual thread, as the user who asked (the services check their role and record their
     * name); {@code done} gets its answer, or the failure, in the UI's lock.
     */
    public static <T> void call(Component owner, String name, Supplier<T> call, BiConsumer<T, Throwable> done) {
        SecurityContext asker = SecurityContextHolder.getContext();
        Supplier<T> asTheAsker = () -> {
            SecurityContextHolder.setContext(asker);
            try {
                return call.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        answer(
                owner,
                CompletableFuture.supplyAsync(
                        asTheAsker, task -> Thread.ofVirtual().name(name).start(task)),
                done);
    }

    /** Hands an answer that is already on its way to {@code done}, in the UI's lock. */
    public static <T> void answer(Component owner, CompletableFuture<T> answer, BiConsumer<T, Throwable> done) {
        UI ui = UI.getCurrent();
        change(ui, owner, +1);
        answer.whenComplete((value, error) -> {
            try {
                ui.access(() -> {
                    change(ui, owner, -1);
                    done.accept(value, unwrap(error));
                });
            } catch (UIDetachedException e) {
                // the user left the page: there is nothing to show the answer on
            }
        });
    }

    private static void change(UI ui, Component owner, int by) {
        int forUi = add(ui, by);
        ui.setPollInterval(forUi > 0 ? POLL_MILLIS : -1);
        int forOwner = add(owner, by);
        owner.getElement().setAttribute("data-loading", String.valueOf(forOwner > 0));
    }

    private static int add(Component component, int by) {
        var now = ComponentUtil.getData(component, Outstanding.class);
        int count = Math.max(0, (now == null ? 0 : now.count()) + by);
        ComponentUtil.setData(component, Outstanding.class, new Outstanding(count));
        return count;
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
