package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import dev.iqconsole.base.ui.ViewAddress;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.catalog.ServingStacks;
import dev.iqconsole.cluster.ClusterClients;
import dev.iqconsole.cluster.ClusterContext;
import dev.iqconsole.cluster.ClusterOverview;
import dev.iqconsole.deploy.DeployService;
import dev.iqconsole.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * Deploy one model: prefilled with the engine's recommendation for the chosen pricing model and
 * targets, every field editable and checked inline; the chosen profile's figures, alternatives and curve; View YAML;
 * Deploy runs the checks, applies and follows the rollout in the page.
 *
 * <p>The page lays out and wires its parts: {@link DeployForm} holds the fields, {@link DeployRecommendation} fills
 * them from the engine, {@link DeployValidation} checks them and shows the outlook, {@link DeployActions} runs Check
 * and Deploy.
 */
@Route("deploy/:owner/:name")
@PermitAll
class DeployView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalog catalog;
    private final DeployPlanner planner;
    private final ClusterClients clusters;
    private final ClusterOverview overview;

    private final DeployForm form = new DeployForm();
    private final ServingStackField servingStack;
    private final DeployRecommendation recommendation;
    private final DeployValidation validation;
    private final DeployProgress progress = new DeployProgress();
    private final ClusterReachability reachability = new ClusterReachability(form.cluster);
    private final DeployActions actions;
    /** Replaced as the choices change (the address follows them, replacing its history entry). */
    private final ViewAddress address = new ViewAddress(this, this::location);

    private Model model;

    private String title = "Deploy · Inference Quickstart Console";

    DeployView(
            Catalog catalog,
            DeployPlanner planner,
            DeployService deployer,
            ClusterClients clusters,
            ClusterOverview overview,
            CurrentUser user,
            ServingStacks stacks) {
        this.servingStack = new ServingStackField(stacks.all());
        this.catalog = catalog;
        this.planner = planner;
        this.clusters = clusters;
        this.overview = overview;
        this.recommendation = new DeployRecommendation(form, planner);
        this.validation = new DeployValidation(form, recommendation, planner, servingStack);
        this.actions = new DeployActions(
                this, form, validation, this::refresh, planner, deployer, user, progress, reachability);
        addClassName("iqc-page");
        setId("deploy-view");
        // once: the view is reused when a link leads to another model or query of this route
        form.fields()
                .forEach(f -> f.addValueChangeListener(e -> {
                    if (!form.quiet() && model != null) {
                        changed(e.getSource());
                    }
                }));
        servingStack.follow(form.server);
        servingStack.stack.addValueChangeListener(e -> {
            if (model != null) {
                refresh();
                address.changed();
            }
        });
        servingStack.gatewayClass.addValueChangeListener(e -> {
            if (model != null) {
                refresh();
                address.changed();
            }
        });
        form.platform.addValueChangeListener(e -> servingStack.show(e.getValue()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!address.enter(event.getLocation())) {
            return; // the address this page wrote, back as a navigation (ViewAddress): rebuilding would lose a deploy
        }
        var params = event.getRouteParameters();
        String id = params.get("owner").orElse("") + "/" + params.get("name").orElse("");
        removeAll();
        var query = new DeployQuery(event.getLocation().getQueryParameters());
        catalog.model(id)
                .ifPresentOrElse(
                        m -> show(m, query), () -> showEmpty(id, "There is no model '" + id + "' in the catalog."));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Prefills the recommendation, then what the address asks for where the page offers it. */
    private void show(Model model, DeployQuery query) {
        this.model = model;
        if (planner.servers(model.id()).isEmpty()) {
            showEmpty(
                    model.id(),
                    "No profiles for " + model.id() + " yet, so the console cannot recommend or check a"
                            + " setup. The model page lists what is known about it.");
            return;
        }
        title = "Deploy " + model.displayName() + " · Inference Quickstart Console";
        List<ClusterContext> contexts = clusters.contexts();
        recommendation.prefill(model, contexts, catalog.useCases());
        reachability.check(overview, contexts);
        layout();
        form.quietly(() -> query.applySettings(form));
        recommendation.recommend();
        form.quietly(
                () -> query.applyServerAndMachine(form, recommendation::fillVersions, recommendation::fillMachines));
        query.applyStack(servingStack);
        refresh();
        address.changed();
    }

    /** The address of the choices on the page: reload or share shows the same. */
    private Location location() {
        return new Location("deploy/" + model.id(), DeployQuery.of(form, servingStack));
    }

    private void layout() {
        var lead = new Paragraph("Prefilled with the recommended server and accelerator for the pricing model and"
                + " latency targets below. Change anything: the figures, the chart and the YAML follow.");
        lead.addClassName("iqc-lead");
        var chartPanel = panel(new H2("Latency vs throughput of the chosen profile"), validation.chart);
        var side = new Div(validation.summary, validation.targetMessage, chartPanel);
        side.addClassName("iqc-deploy-side");
        var formColumn = new Div(form, servingStack, validation.problems, actions);
        formColumn.addClassName("iqc-deploy-main");
        var columns = new Div(formColumn, side);
        columns.addClassName("iqc-deploy-columns");
        var altHint = new Paragraph("The other machine types for this model and server. Click one to choose it.");
        altHint.addClassName("iqc-muted");
        add(
                breadcrumb(model.id()),
                new H1("Deploy " + model.displayName()),
                lead,
                columns,
                panel(new H2("Alternatives"), altHint, scrollable(validation.alternatives)),
                progress);
    }

    private void changed(Object source) {
        recommendation.follow(source);
        refresh();
        address.changed();
    }

    /** Validates every field, asks the engine, and shows the outcome; Deploy is enabled only when nothing is wrong. */
    private void refresh() {
        validation.refresh(model.id());
        actions.enable();
    }

    /** Leaving the page stops following: an answer that still arrives is dropped. */
    @Override
    protected void onDetach(DetachEvent event) {
        actions.stop();
        super.onDetach(event);
    }

    private void showEmpty(String id, String message) {
        title = "Deploy · Inference Quickstart Console";
        var empty = new Div(new Paragraph(message));
        empty.addClassName("iqc-empty");
        empty.setId("deploy-unavailable");
        add(breadcrumb(id), empty);
    }

    private static Div breadcrumb(String id) {
        var crumb = new Div(
                new Anchor("", "Deploy models"),
                new Span(" / "),
                new Anchor("models/" + id, id),
                new Span(" / deploy"));
        crumb.addClassName("iqc-breadcrumb");
        return crumb;
    }

    /** Lets a wide table scroll sideways inside its panel instead of widening the page. */
    private static Div scrollable(Component table) {
        var wrap = new Div(table);
        wrap.addClassName("iqc-table-wrap");
        return wrap;
    }

    private static Div panel(Component... content) {
        var panel = new Div(content);
        panel.addClassName("iqc-panel");
        return panel;
    }
}
