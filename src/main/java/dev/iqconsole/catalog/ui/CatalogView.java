package dev.iqconsole.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.iqconsole.base.ui.ViewAddress;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.profile.CurveCatalog;
import dev.iqconsole.profile.ProfileService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Deploy models": every open model of the catalog as a card, with search and filters, and an Optimized tag on
 * the models that have profiles. It lives with the profiles (not in {@code catalog}) because the tag comes from
 * them, and {@code profile} already depends on {@code catalog}.
 */
@Route("")
@PageTitle("Deploy models · Inference Quickstart Console")
@Menu(title = "Deploy models", order = 0, icon = "vaadin:cubes")
@PermitAll
class CatalogView extends Div implements BeforeEnterObserver {

    private final List<ModelListing> listings;
    private final Div cards = new Div();
    private final Div resultCount = new Div();
    private final Div empty = new Div();
    private final CatalogFilters filters;
    private final Set<String> providers;
    /** Replaced as the filters change: a shared link or Back shows the same list. */
    private final ViewAddress address = new ViewAddress(this, this::location);

    CatalogView(Catalog catalog, CurveCatalog curves, ProfileService profiles) {
        addClassName("iqc-page");
        setId("catalog-view");
        listings = ModelListing.of(catalog.models(), curves.curves(), c -> profiles.label(c, c.inflection()));
        providers = catalog.models().stream().map(Model::provider).collect(Collectors.toSet());
        filters = new CatalogFilters(providers, this::changed);

        cards.addClassName("iqc-card-grid");
        cards.setId("model-cards");
        resultCount.addClassName("iqc-result-count");
        resultCount.setId("result-count");
        empty.addClassName("iqc-empty");
        empty.setId("no-models");
        var clear = new Button("Clear filters", e -> filters.clear());
        clear.setId("clear-filters");
        empty.add(new Paragraph("No models match these filters."), clear);

        add(new H1("Deploy models"), lead(), filters, resultCount, cards, empty);
    }

    /** The address carries the filters: a shared link or Back shows the same list. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!address.enter(event.getLocation())) {
            return; // the address this page wrote, back as a navigation (ViewAddress)
        }
        ModelFilter filter = CatalogQuery.filter(event.getLocation().getQueryParameters(), providers);
        filters.set(filter);
        show(filter);
    }

    private void changed(ModelFilter filter) {
        show(filter);
        address.changed();
    }

    private Location location() {
        return new Location("", CatalogQuery.of(filters.filter()));
    }

    private void show(ModelFilter filter) {
        var shown = listings.stream().filter(filter).toList();
        cards.removeAll();
        shown.forEach(listing -> cards.add(new ModelCard(listing)));
        long optimized = shown.stream().filter(ModelListing::optimized).count();
        resultCount.setText(
                shown.size() + (shown.size() == 1 ? " model" : " models") + " · " + optimized + " optimized");
        empty.setVisible(shown.isEmpty());
    }

    private static Paragraph lead() {
        var lead = new Paragraph(
                "Open models you can serve on your own Kubernetes clusters. For every model with profiles the "
                        + "console recommends a model server, accelerator and machine type and shows what to expect; "
                        + "Optimized models are backed by a published benchmark, the others by the calibrated model alone.");
        lead.addClassName("iqc-lead");
        return lead;
    }
}
