package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.iqconsole.deploy.DeployRequest;
import dev.iqconsole.deploy.DeployService;
import dev.iqconsole.deploy.HfToken;
import dev.iqconsole.deploy.ui.DeployRun.Action;
import dev.iqconsole.security.CurrentUser;

/**
 * The deploy page's buttons and what they start: View YAML opens the manifests of the validated plan; Check and
 * Deploy validate the form again and hand a valid plan to {@link DeployRun}. Check and Deploy are enabled only when
 * nothing is wrong, the plan can be deployed, the user may change the cluster and no run is waiting.
 */
final class DeployActions extends Div implements DeployRun.Page {

    private final Button viewYaml = new Button("View YAML", VaadinIcon.CODE.create(), e -> openYaml());
    private final Button check = new Button("Check", VaadinIcon.CLIPBOARD_CHECK.create(), e -> run(Action.CHECK));
    private final Button deploy = new Button("Deploy", VaadinIcon.ROCKET.create(), e -> run(Action.DEPLOY));

    private final DeployForm form;
    private final DeployValidation validation;
    private final Runnable refresh;
    private final DeployPlanner planner;
    private final CurrentUser user;
    private final DeployProgress progress;
    private final DeployRun runs;

    /** A check or deploy is waiting for the cluster: Check and Deploy stay disabled until it has answered. */
    private boolean running;

    /**
     * @param page the page whose attachment the cluster's answers need
     * @param refresh validates the form again and then calls {@link #enable()}
     */
    DeployActions(
            Component page,
            DeployForm form,
            DeployValidation validation,
            Runnable refresh,
            DeployPlanner planner,
            DeployService deployer,
            CurrentUser user,
            DeployProgress progress,
            ClusterReachability reachability) {
        this.form = form;
        this.validation = validation;
        this.refresh = refresh;
        this.planner = planner;
        this.user = user;
        this.progress = progress;
        this.runs = new DeployRun(page, this, planner, deployer, progress, reachability);
        viewYaml.setId("view-yaml");
        deploy.setId("deploy");
        deploy.addThemeVariants(ButtonVariant.PRIMARY);
        check.setId("check");
        add(viewYaml, check, deploy);
        addClassName("iqc-deploy-actions");
    }

    /** View YAML follows the validated plan; Check and Deploy as the class says. */
    void enable() {
        DeployOutlook outlook = validation.outlook();
        viewYaml.setEnabled(outlook != null && outlook.manifests() != null);
        enableRuns();
    }

    private void enableRuns() {
        DeployOutlook outlook = validation.outlook();
        String cluster = form.cluster.getValue();
        boolean allowed = cluster == null || user.mayChange(cluster);
        deploy.setEnabled(!running
                && validation.valid()
                && allowed
                && outlook != null
                && outlook.deployable()
                && cluster != null);
        check.setEnabled(deploy.isEnabled());
        deploy.setTooltipText(allowed ? null : user.refusal(cluster));
    }

    private void openYaml() {
        DeployOutlook outlook = validation.outlook();
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

    /** Validates the form again, then hands a valid plan to {@link DeployRun}; Check runs the checks alone. */
    private void run(Action action) {
        refresh.run();
        if (!deploy.isEnabled()) { // Check is enabled exactly when Deploy is
            return;
        }
        String cluster = form.cluster.getValue();
        if (cluster != null && !user.mayChange(cluster)) { // the button is disabled too; a forged click ends here
            progress.showError(user.refusal(cluster));
            return;
        }
        runs.start(action, cluster, validation.outlook(), form.hfToken.getValue());
    }

    @Override
    public void rerun(Action action) {
        run(action);
    }

    @Override
    public void running(boolean running) {
        this.running = running;
        enableRuns(); // the form has not changed: no need to ask the engine again
    }

    @Override
    public void tokenStored() {
        form.quietly(form.hfToken::clear); // entered once: it now lives in the Secret only
    }

    /** Leaving the page stops following: an answer that still arrives is dropped. */
    void stop() {
        runs.stop();
    }

    private String contextOrPlaceholder() {
        return form.cluster.getValue() == null ? "no-context" : form.cluster.getValue();
    }
}
