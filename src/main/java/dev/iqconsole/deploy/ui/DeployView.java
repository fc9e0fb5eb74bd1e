package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import dev.iqconsole.base.ui.EChart;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.catalog.ServingStacks;
import dev.iqconsole.cluster.ClusterClients;
import dev.iqconsole.cluster.ClusterContext;
import dev.iqconsole.cluster.ClusterOverview;
import dev.iqconsole.deploy.DeployRequest;
import dev.iqconsole.deploy.DeployService;
import dev.iqconsole.deploy.HfToken;
import dev.iqconsole.deploy.ui.DeployRun.Action;
import dev.iqconsole.manifest.InvalidPlanException.Problem;
import dev.iqconsole.manifest.Monitoring;
import dev.iqconsole.manifest.TargetPlatform;
import dev.iqconsole.profile.LatencyTargets;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileOrder;
import dev.iqconsole.profile.ProfileQueryException;
import dev.iqconsole.profile.ProfileResult;
import dev.iqconsole.profile.ProfileService;
import dev.iqconsole.profile.ui.CurveCharts;
import dev.iqconsole.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploy one model: prefilled with the engine's recommendation for the chosen pricing model and
 * targets, every field editable and checked inline; the chosen profile's figures, alternatives and curve; View YAML;
 * Deploy runs the checks, applies and follows the rollout in the page.
 */
@Route("deploy/:owner/:name")
@PermitAll
class DeployView extends Div implements BeforeEnterObserver, HasDynamicTitle, DeployRun.Page {

    private static final Logger log = LoggerFactory.getLogger(DeployView.class);

    private final Catalog catalog;
    private final DeployPlanner planner;
    private final CurrentUser user;
    private final ClusterClients clusters;

    private final DeployForm form = new DeployForm();
    private final ServingStackField servingStack;
    private final DeploySummary summary = new DeploySummary();
    private final DeployAlternatives alternatives = new DeployAlternatives(this::chooseMachine);
    private final EChart chart = new EChart();
    private final Div targetMessage = new Div();
    private final Div problems = new Div();
    private final Button viewYaml = new Button("View YAML", VaadinIcon.CODE.create(), e -> openYaml());
    private final Button check = new Button("Check", VaadinIcon.CLIPBOARD_CHECK.create(), e -> checkOnly());
    private final Button deploy = new Button("Deploy", VaadinIcon.ROCKET.create(), e -> deploy());
    private final DeployProgress progress = new DeployProgress();
    private final ClusterReachability reachability = new ClusterReachability(form.cluster);
    private final DeployRun runs;
    private final ClusterOverview overview;
    private final Map<String, String> acceleratorOf = new LinkedHashMap<>();

    private Model model;
    private DeployOutlook outlook;
    /** A check or deploy is waiting for the cluster: Check and Deploy stay disabled until it has answered. */
    private boolean running;

    private boolean quiet;

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
        this.user = user;
        this.catalog = catalog;
        this.planner = planner;
        this.clusters = clusters;
        this.overview = overview;
        this.runs = new DeployRun(this, this, planner, deployer, progress, reachability);
        addClassName("iqc-page");
        setId("deploy-view");
        // once: the view is reused when a link leads to another model or query of this route
        form.fields()
                .forEach(f -> f.addValueChangeListener(e -> {
                    if (!quiet && model != null) {
                        changed(e.getSource());
                    }
                }));
        servingStack.stack.addValueChangeListener(e -> {
            if (model != null) refresh();
        });
        servingStack.gatewayClass.addValueChangeListener(e -> {
            if (model != null) refresh();
        });
        form.platform.addValueChangeListener(e -> servingStack.show(e.getValue()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
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
        prefill();
        layout();
        quietly(() -> query.applySettings(form));
        recommend();
        quietly(() -> query.applyServerAndMachine(form, this::fillVersions, this::fillMachines));
        refresh();
        writeAddress();
    }

    /** The address follows the choices (replacing, not adding, a history entry): reload or share shows the same. */
    private void writeAddress() {
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, new Location("deploy/" + model.id(), DeployQuery.of(form))));
    }

    private void layout() {
        var lead = new Paragraph("Prefilled with the recommended server and accelerator for the pricing model and"
                + " latency targets below. Change anything: the figures, the chart and the YAML follow.");
        lead.addClassName("iqc-lead");
        targetMessage.setId("target-message");
        targetMessage.addClassName("iqc-warning");
        problems.setId("plan-problems");
        problems.addClassName("iqc-error");
        chart.setId("deploy-chart");
        viewYaml.setId("view-yaml");
        deploy.setId("deploy");
        deploy.addThemeVariants(ButtonVariant.PRIMARY);
        check.setId("check");
        var actions = new Div(viewYaml, check, deploy);
        actions.addClassName("iqc-deploy-actions");
        var chartPanel = panel(new H2("Latency vs throughput of the chosen profile"), chart);
        var side = new Div(summary, targetMessage, chartPanel);
        side.addClassName("iqc-deploy-side");
        var formColumn = new Div(form, servingStack, problems, actions);
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
                panel(new H2("Alternatives"), altHint, scrollable(alternatives)),
                progress);
    }

    private void prefill() {
        quiet = true;
        List<ClusterContext> contexts = clusters.contexts();
        form.cluster.setItems(contexts.stream().map(ClusterContext::name).toList());
        if (!contexts.isEmpty()) {
            form.cluster.setValue(contexts.getFirst().name());
        }
        reachability.check(overview, contexts);
        form.namespace.setValue(
                contexts.isEmpty() ? "default" : contexts.getFirst().namespace());
        form.name.clear();
        form.ntpot.clear();
        form.ttft.clear();
        form.workload.setUseCases(catalog.useCases(), ProfileService.DEFAULT_USE_CASE);
        form.pricingModel.setItems(java.util.Arrays.stream(PricingModel.values())
                .map(PricingModel::apiName)
                .toList());
        form.pricingModel.setValue(PricingModel.SPOT.apiName());
        form.optimizeFor.setValue(ProfileOrder.RECOMMENDED);
        form.includeUnpriced.setValue(false);
        form.server.setItems(planner.servers(model.id()));
        form.server.setValue(planner.servers(model.id()).getFirst());
        form.source.setValue(DeployForm.Source.HUGGING_FACE);
        form.showSource();
        form.hfToken.setHelperText(
                model.gated()
                        ? model.id() + " is gated: a token with access is needed unless hf-secret already exists in the"
                                + " namespace. Stored only in that Kubernetes Secret."
                        : model.id()
                                + " is open: no token needed. If you enter one, it is stored only in the Kubernetes"
                                + " Secret hf-secret.");
        form.platform.setValue(TargetPlatform.GKE);
        form.monitoring.setValue(Monitoring.defaultFor(TargetPlatform.GKE));
        form.autoscaling.setValue(false);
        form.maxReplicas.setValue("3");
        form.maxReplicas.setEnabled(false);
        quiet = false;
    }

    private void changed(Object source) {
        if (source == form.useCase
                || source == form.workload.input
                || source == form.workload.output
                || source == form.ntpot
                || source == form.ttft
                || source == form.pricingModel
                || source == form.optimizeFor
                || source == form.includeUnpriced) {
            recommend();
        } else if (source == form.server) {
            quietly(() -> {
                fillVersions();
                fillMachines();
            });
        } else if (source == form.version) {
            quietly(this::fillMachines);
        }
        refresh();
        writeAddress();
    }

    /** Sets server, version and machine type to the engine's first choice for the current settings. */
    private void recommend() {
        LatencyTargets targets = form.targets();
        if (targets == null || !form.workload.readable()) {
            return;
        }
        ProfileResult ranked;
        try {
            ranked = planner.recommend(choice(targets));
        } catch (ProfileQueryException e) {
            return; // refresh() shows the message on its field
        }
        if (ranked.profiles().isEmpty()) {
            return;
        }
        Profile top = ranked.profiles().getFirst();
        quietly(() -> {
            form.server.setValue(top.key().modelServer());
            fillVersions();
            form.version.setValue(versionOf(top));
            fillMachines();
            form.machineType.setValue(top.key().machineType());
        });
    }

    private void chooseMachine(String machineType) {
        if (!machineType.equals(form.machineType.getValue())) {
            form.machineType.setValue(machineType);
        }
    }

    /** Validates every field, asks the engine, and shows the outcome; Deploy is enabled only when nothing is wrong. */
    private void refresh() {
        form.clearErrors();
        problems.removeAll();
        targetMessage.removeAll();
        targetMessage.setVisible(false);
        LatencyTargets targets = form.targets();
        form.checkLocally();
        outlook = null;
        if (targets != null && form.workload.readable() && form.machineType.getValue() != null) {
            try {
                outlook = planner.outlook(choice(targets), servingStack.plan());
            } catch (ProfileQueryException e) {
                HasValidation field = e.field() == null ? null : form.fieldOf(e.field());
                DeployForm.fail(field == null ? form.machineType : field, e.getMessage());
            } catch (RuntimeException e) {
                // a bug, not bad input: say so in the page and keep the rest of it usable
                log.error("Deploy page: no plan for {}", model.id(), e);
                problems.add(new Paragraph("The manifests for this choice cannot be generated (" + e + ")."
                        + " Choose another machine type, or report this."));
            }
        }
        if (outlook != null) {
            showOutlook(outlook);
        } else {
            summary.unavailable(); // no figures for values the page could not read: none left from before either
            alternatives.show(List.of(), null);
        }
        viewYaml.setEnabled(outlook != null && outlook.manifests() != null);
        enableActions();
    }

    /** Check and Deploy: enabled when nothing is wrong, the plan can be deployed, and no run is waiting. */
    private void enableActions() {
        boolean valid = !form.hasErrors() && problems.getChildren().findAny().isEmpty();
        String cluster = form.cluster.getValue();
        boolean allowed = cluster == null || user.mayChange(cluster);
        deploy.setEnabled(!running && valid && allowed && outlook != null && outlook.deployable() && cluster != null);
        check.setEnabled(deploy.isEnabled());
        deploy.setTooltipText(allowed ? null : user.refusal(cluster));
    }

    private void showOutlook(DeployOutlook o) {
        Map<HasValidation, List<String>> byField = new LinkedHashMap<>();
        for (Problem p : o.problems()) {
            HasValidation field = form.fieldOf(p.field());
            if (field == null) {
                problems.add(new Paragraph(p.field() + ": " + p.message()));
            } else {
                byField.computeIfAbsent(field, f -> new ArrayList<>()).add(p.message());
            }
        }
        byField.forEach((field, messages) ->
                DeployForm.fail(field, DeployForm.labelOf(field) + " " + String.join("; ", messages)));
        if (!o.targetComment().isEmpty()) {
            targetMessage.add(new Span(o.targetComment()));
            targetMessage.setVisible(true);
            DeployForm.fail(
                    o.targetComment().contains("TTFT") && form.ntpotMs() == null ? form.ttft : form.ntpot,
                    o.targetComment());
        }
        summary.show(o);
        alternatives.show(o.alternatives(), o.resolved().profile().key().machineType());
        var curve = o.resolved().profile().curve();
        chart.setOption(CurveCharts.operatingPoint(
                        curve, o.resolved().profile().at().point(), CurveCharts.machineAndServer(curve), form.ntpotMs())
                .option());
    }

    private DeployChoice choice(LatencyTargets targets) {
        boolean bucket = form.source.getValue() == DeployForm.Source.BUCKET;
        Integer max = form.maxReplicasValue();
        return new DeployChoice(
                model.id(),
                form.workload.apiUseCase(),
                targets,
                form.pricingModel.getValue(),
                form.optimizeFor.getValue(),
                form.server.getValue(),
                form.version.getValue(),
                form.machineType.getValue(),
                acceleratorOf.get(form.machineType.getValue()),
                form.namespace.getValue().strip(),
                form.name.getValue(),
                bucket ? form.bucket.getValue().strip() : null,
                form.platform.getValue(),
                form.monitoring.getValue(),
                form.autoscaling.getValue(),
                max == null ? 1 : max,
                form.workload.averageInputLength(),
                form.workload.averageOutputLength(),
                form.includeUnpriced.getValue());
    }

    private void fillVersions() {
        List<String> versions = planner.versions(model.id(), form.server.getValue());
        String current = form.version.getValue();
        form.version.setItems(versions);
        form.version.setItemLabelGenerator(v -> v.isEmpty() ? "as benchmarked (unversioned)" : v);
        form.version.setValue(current != null && versions.contains(current) ? current : versions.getFirst());
    }

    private void fillMachines() {
        String current = form.machineType.getValue();
        acceleratorOf.clear();
        List<Profile> offered;
        try {
            offered = planner.profilesOf(model.id(), form.server.getValue(), form.version.getValue(), form.workload);
        } catch (ProfileQueryException e) {
            offered = List.of(); // custom lengths the engine refuses: refresh() shows why on the length field
        }
        offered.forEach(p -> acceleratorOf.putIfAbsent(
                p.key().machineType(),
                p.key().acceleratorCount() + " × " + p.key().accelerator()));
        List<String> machines = List.copyOf(acceleratorOf.keySet());
        // the map's values are for the label; the plan needs the plain accelerator label
        Map<String, String> labels = Map.copyOf(acceleratorOf);
        acceleratorOf.replaceAll((m, label) -> label.substring(label.indexOf("× ") + 2));
        form.machineType.setItems(machines);
        form.machineType.setItemLabelGenerator(m -> m + " (" + labels.get(m) + ")");
        if (!machines.isEmpty()) {
            form.machineType.setValue(current != null && machines.contains(current) ? current : machines.getFirst());
        }
    }

    private void openYaml() {
        if (outlook == null || outlook.manifests() == null) {
            return;
        }
        HfToken token = HfToken.of(form.hfToken.getValue());
        try {
            DeployRequest request = planner.deployRequest(contextOrPlaceholder(), outlook, token);
            new DeployYamlDialog(
                            DeployPlanner.previewYaml(request, outlook.manifests()), request.deployment() + ".yaml")
                    .open();
        } finally {
            token.wipe();
        }
    }

    private void deploy() {
        run(Action.DEPLOY);
    }

    /** The checks Deploy runs first, alone: nothing is applied, the findings are recorded in the history. */
    private void checkOnly() {
        run(Action.CHECK);
    }

    /** Validates the form again, then hands a valid plan to {@link DeployRun}. */
    private void run(Action action) {
        refresh();
        if (!deploy.isEnabled()) { // Check is enabled exactly when Deploy is
            return;
        }
        String cluster = form.cluster.getValue();
        if (cluster != null && !user.mayChange(cluster)) { // the button is disabled too; a forged click ends here
            progress.showError(user.refusal(cluster));
            return;
        }
        runs.start(action, cluster, outlook, form.hfToken.getValue());
    }

    @Override
    public void rerun(Action action) {
        run(action);
    }

    @Override
    public void running(boolean running) {
        this.running = running;
        enableActions(); // the form has not changed: no need to ask the engine again
    }

    @Override
    public void tokenStored() {
        quietly(form.hfToken::clear); // entered once: it now lives in the Secret only
    }

    /** Leaving the page stops following: an answer that still arrives is dropped. */
    @Override
    protected void onDetach(DetachEvent event) {
        runs.stop();
        super.onDetach(event);
    }

    private void quietly(Runnable change) {
        boolean was = quiet;
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = was;
        }
    }

    private String contextOrPlaceholder() {
        return form.cluster.getValue() == null ? "no-context" : form.cluster.getValue();
    }

    private static String versionOf(Profile profile) {
        return profile.key().serverVersion() == null ? "" : profile.key().serverVersion();
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
    private static Div scrollable(com.vaadin.flow.component.Component table) {
        var wrap = new Div(table);
        wrap.addClassName("iqc-table-wrap");
        return wrap;
    }

    private static Div panel(com.vaadin.flow.component.Component... content) {
        var panel = new Div(content);
        panel.addClassName("iqc-panel");
        return panel;
    }
}
