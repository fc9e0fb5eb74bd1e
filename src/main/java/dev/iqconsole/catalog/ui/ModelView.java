package dev.iqconsole.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.iqconsole.base.ui.EChart;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.profile.Curve;
import dev.iqconsole.profile.CurveCatalog;
import dev.iqconsole.profile.Exclusion;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileOrder;
import dev.iqconsole.profile.ProfileQuery;
import dev.iqconsole.profile.ProfileService;
import dev.iqconsole.profile.ui.CurveCharts;
import dev.iqconsole.profile.ui.ProfilesGlance;
import dev.iqconsole.profile.ui.ProfilesView;
import dev.iqconsole.profile.ui.Tags;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** One model: its facts, its profiles at a glance with their curves, the exclusions, and Deploy. */
@Route("models/:owner/:name")
@PermitAll
class ModelView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalog catalog;
    private final CurveCatalog curves;
    private final ProfileService profiles;
    private String title = "Model";

    ModelView(Catalog catalog, CurveCatalog curves, ProfileService profiles) {
        this.catalog = catalog;
        this.curves = curves;
        this.profiles = profiles;
        addClassName("iqc-page");
        setId("model-view");
    }

    /** Hugging Face ids contain a slash, so the route has two parameters. */
    static RouteParameters parameters(String modelId) {
        int slash = modelId.indexOf('/');
        if (slash <= 0 || slash == modelId.length() - 1) {
            throw new IllegalArgumentException("model id '" + modelId + "': expected owner/name");
        }
        return new RouteParameters(
                new RouteParam("owner", modelId.substring(0, slash)),
                new RouteParam("name", modelId.substring(slash + 1)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getRouteParameters();
        String id = params.get("owner").orElse("") + "/" + params.get("name").orElse("");
        var sameIgnoringCase = catalog.models().stream()
                .filter(m -> m.id().equalsIgnoreCase(id) && !m.id().equals(id))
                .findFirst();
        if (catalog.model(id).isEmpty() && sameIgnoringCase.isPresent()) {
            // Hugging Face ids are case-insensitive in its own links: send a hand-typed id to the model's address
            event.forwardTo(ModelView.class, parameters(sameIgnoringCase.get().id()));
            return;
        }
        removeAll();
        add(breadcrumb(id));
        catalog.model(id).ifPresentOrElse(this::show, () -> showUnknown(id));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Model model) {
        title = model.displayName() + " · Inference Quickstart Console";
        // the model page shows GIQ's default use case; the others are on the explorer and the deploy page
        var own = curves.curves().stream()
                .filter(c -> c.key().model().equals(model.id()))
                .filter(c -> ProfileService.DEFAULT_USE_CASE.equals(c.key().useCase()))
                .toList();
        var exclusions = curves.exclusions().stream()
                .filter(x -> x.model().equals(model.id()))
                .filter(x -> ProfileService.DEFAULT_USE_CASE.equals(x.useCase()))
                .toList();
        add(header(model, own), new ModelFacts(model), profiles(model.id(), own), exclusionsPanel(exclusions));
    }

    private Div header(Model model, List<Curve> own) {
        var name = new H1(model.displayName());
        var id = new Span(model.id() + " · " + model.provider());
        id.addClassName("iqc-model-id");
        var tags = new Div();
        tags.addClassName("iqc-badges");
        tags.setId("model-tags");
        var listing = ModelListing.of(List.of(model), own, c -> profiles.label(c, c.inflection()))
                .getFirst();
        if (listing.optimized()) {
            tags.add(Tags.optimized());
        } else if (listing.modeledOnly()) {
            tags.add(Tags.modeledProfiles());
        }
        tags.add(Tags.access(model.gated()));
        var deploy = new Button(
                "Deploy",
                VaadinIcon.ROCKET.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("deploy/" + model.id())));
        deploy.setId("deploy");
        deploy.addThemeVariants(ButtonVariant.PRIMARY);
        var header = new Div(new Div(name, id, tags), deploy);
        header.addClassName("iqc-model-header");
        return header;
    }

    private Div profiles(String modelId, List<Curve> own) {
        var explore = new RouterLink("Open in the profiles explorer", ProfilesView.class);
        explore.setQueryParameters(QueryParameters.of("model", modelId));
        explore.setId("explore-profiles");
        var head = new Div(new H2("Profiles"), explore);
        head.addClassName("iqc-panel-head");
        var panel = new Div(head);
        panel.addClassName("iqc-panel");
        panel.setId("profiles-panel");
        if (own.isEmpty()) {
            explore.setVisible(false);
            panel.add(new Paragraph("No profiles for this model yet: the console cannot recommend settings or "
                    + "show expected performance. You can still deploy it with settings of your choice."));
            return panel;
        }
        var hint = new Paragraph(
                "Chatbot (ShareGPT) use case, whose average lengths GIQ publishes. Figures at each"
                        + " profile's inflection point, the load past which latency rises steeply for little more throughput;"
                        + " costs at Spot prices, cheapest per output token first, as the deploy page recommends. Other use cases and your own lengths: Profiles and Deploy.");
        hint.addClassName("iqc-muted");
        var chart = new EChart();
        chart.setId("model-chart");
        chart.setOption(CurveCharts.throughputVsNtpot(own, CurveCharts::machineAndServer)
                .option());
        var rows = profiles.fetch(ProfileQuery.builder()
                        .model(modelId)
                        .modelServerVersion("all")
                        .useCase(ProfileService.DEFAULT_USE_CASE)
                        .pricingModel(PricingModel.SPOT.apiName())
                        .order(ProfileOrder.RECOMMENDED)
                        .build())
                .profiles();
        // the deploy page's first choice for the same settings: the engine's first priced profile over the current
        // versions (the deploy page recommends a machine without a price only when asked to)
        var recommended = profiles
                .fetch(ProfileQuery.builder()
                        .model(modelId)
                        .useCase(ProfileService.DEFAULT_USE_CASE)
                        .pricingModel(PricingModel.SPOT.apiName())
                        .order(ProfileOrder.RECOMMENDED)
                        .build())
                .profiles()
                .stream()
                .filter(p -> p.at().hasCost())
                .findFirst()
                .map(Profile::key)
                .orElse(null);
        panel.add(hint, new ProfilesGlance(rows, recommended), chart);
        return panel;
    }

    private static Div exclusionsPanel(List<Exclusion> exclusions) {
        var panel = new Div();
        panel.setId("exclusions");
        if (exclusions.isEmpty()) {
            panel.setVisible(false);
            return panel;
        }
        panel.addClassName("iqc-panel");
        var list = new UnorderedList();
        list.addClassName("iqc-exclusions");
        exclusions.forEach(
                x -> list.add(new ListItem(x.machineType() + " with " + x.modelServer() + ": " + x.reason())));
        panel.add(new H2("Not profiled"), list);
        return panel;
    }

    private void showUnknown(String id) {
        title = "Unknown model · Inference Quickstart Console";
        var empty = new Div(new Paragraph("There is no model '" + id + "' in the catalog."));
        empty.addClassName("iqc-empty");
        empty.setId("unknown-model");
        add(empty);
    }

    private static Div breadcrumb(String id) {
        var crumb = new Div(new RouterLink("Deploy models", CatalogView.class), new Span(" / " + id));
        crumb.addClassName("iqc-breadcrumb");
        return crumb;
    }
}
