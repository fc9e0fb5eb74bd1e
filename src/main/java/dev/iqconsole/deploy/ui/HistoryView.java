package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.iqconsole.deploy.DeployService;
import dev.iqconsole.deploy.HistoryEntry;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Every check, deploy, retry, removal and delete the console performed, newest first, from H2. Selecting one shows
 * the outcome per object, the exact YAML applied and its diff against what the generator produced. The address
 * {@code history?entry=42} opens entry 42.
 */
@Route("history")
@PageTitle("History · Inference Quickstart Console")
@Menu(title = "History", order = 50, icon = "vaadin:clock")
@PermitAll
class HistoryView extends Div implements BeforeEnterObserver {

    static final int SHOWN = 500;
    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final DeployService deploys;
    private final Grid<HistoryEntry> grid = new Grid<>();
    private final HistoryDetail detail;

    HistoryView(DeployService deploys) {
        this.deploys = deploys;
        this.detail = new HistoryDetail(deploys);
        addClassName("iqc-page");
        setId("history-view");
        var refresh = new Button("Refresh", e -> load());
        refresh.setId("refresh-history");
        configureGrid();
        add(new H1("History"), lead(), refresh, grid, detail);
        load();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("entry")
                .flatMap(HistoryView::parseId)
                .flatMap(id -> grid.getGenericDataView()
                        .getItems()
                        .filter(e -> e.id() == id)
                        .findFirst())
                .ifPresent(grid::select);
    }

    private void configureGrid() {
        grid.setId("history-grid");
        // what happened first (when, what, how it ended, to what, why, with which profile), the setup after: wide
        // content wraps in its
        // cell, and on a narrow screen the grid scrolls inside itself with these first columns in view
        grid.getElement().getThemeList().add("wrap-cell-content");
        grid.addColumn(e -> WHEN.format(e.when()))
                .setHeader("When")
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(e -> word(e.action()))
                .setHeader("Action")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> word(e.outcome()))
                .setHeader("Outcome")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(HistoryEntry::deployment).setHeader("Deployment").setWidth("9rem");
        grid.addColumn(HistoryEntry::summary)
                .setHeader("Messages")
                .setWidth("16rem")
                .setFlexGrow(3);
        // what was deployed next to how it went, in view on a desktop; where to and by whom after it
        grid.addColumn(HistoryEntry::profile)
                .setHeader("Profile")
                .setWidth("14rem")
                .setFlexGrow(2);
        grid.addColumn(HistoryEntry::namespace).setHeader("Namespace").setWidth("7rem");
        grid.addColumn(HistoryEntry::context).setHeader("Context").setWidth("7rem");
        grid.addColumn(e -> e.targets() == null || e.targets().isBlank() ? "none" : e.targets())
                .setHeader("Targets")
                .setWidth("8rem");
        grid.addColumn(e -> e.actor() == null ? "not recorded" : e.actor())
                .setHeader("Who")
                .setWidth("8rem");
        grid.setEmptyStateText("Nothing yet: checks, deploys and deletes appear here.");
        grid.asSingleSelect().addValueChangeListener(e -> detail.show(e.getValue()));
    }

    private void load() {
        List<HistoryEntry> entries = deploys.history(SHOWN);
        grid.setItems(entries);
        // a few rows take the room they need (no empty box under them); many scroll inside the grid's own height
        grid.setAllRowsVisible(entries.size() <= ALL_ROWS_VISIBLE);
        detail.show(null);
    }

    /** Up to this many entries are shown without the grid's own scrolling. */
    static final int ALL_ROWS_VISIBLE = 20;

    /** {@code DEPLOY} and {@code SUCCEEDED}, as stored, read as words: {@code Deploy}, {@code Succeeded}. */
    static String word(Enum<?> state) {
        if (state == null) {
            return "";
        }
        String words = state.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static java.util.Optional<Long> parseId(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static Paragraph lead() {
        var lead = new Paragraph("Every check, deploy and delete, kept in the console's database across restarts."
                + " Select one for the outcome of each object, the YAML that was applied, and how it differs from"
                + " the generated manifests.");
        lead.addClassName("iqc-lead");
        return lead;
    }
}
