package dev.iqconsole.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;
import java.util.function.Supplier;

/**
 * The address a view keeps in the browser's address bar as its state changes (replacing the history entry), and the
 * test that tells a navigation to that same address apart from a new one.
 *
 * <p>Why the test: with Vaadin's React router, an address replaced while a link's navigation is still settling can
 * come back to the server as a navigation of its own (its router takes the replacement for a new location when the
 * flag that marks it as the server's own was spent on the link's navigation). A view that loads again on it loses
 * what the user opened meanwhile: the workload whose detail was showing closed once under load.
 */
public final class ViewAddress {

    private final Component view;
    private final Supplier<Location> state;
    private Location shown;
    private boolean pending;

    /** {@code state}: the address of what the view shows now. */
    public ViewAddress(Component view, Supplier<Location> state) {
        this.view = view;
        this.state = state;
    }

    /**
     * A navigation to {@code location} arrives: whether the view has to show it. Not when it names what the view
     * already shows (the address it wrote, or entered by, last); otherwise the view now shows {@code location}.
     */
    public boolean enter(Location location) {
        if (shown != null && same(shown, location)) {
            return false;
        }
        shown = location;
        return true;
    }

    /**
     * The view's state changed: its address is written once, just before the response, from the state the view ends
     * the round trip in, and only if it differs from the one in the address bar.
     */
    public void changed() {
        if (pending) {
            return;
        }
        view.getUI().ifPresent(ui -> {
            pending = true;
            ui.beforeClientResponse(view, context -> {
                pending = false;
                var now = state.get();
                if (shown == null || !same(shown, now)) {
                    shown = now;
                    ui.getPage().getHistory().replaceState(null, now);
                }
            });
        });
    }

    private static boolean same(Location a, Location b) {
        return a.getPath().equals(b.getPath())
                && a.getQueryParameters()
                        .getParameters()
                        .equals(b.getQueryParameters().getParameters());
    }
}
