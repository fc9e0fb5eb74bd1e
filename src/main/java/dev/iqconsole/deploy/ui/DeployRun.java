package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.Component;
import dev.iqconsole.cluster.ui.ClusterCalls;
import dev.iqconsole.deploy.ApplyResult;
import dev.iqconsole.deploy.DeployRequest;
import dev.iqconsole.deploy.DeployService;
import dev.iqconsole.deploy.HfToken;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * What Check and Deploy do once the page's plan is valid: the checks, then (unless only checking) the apply, retry
 * and removal, and the rollout after a complete deploy. The cluster is called off the UI thread ({@link
 * ClusterCalls}): the page says what it waits for, Check and Deploy stay disabled until the answer is shown, and the
 * outcome scrolls into view with a notice ({@link ResultNotice}).
 */
final class DeployRun {

    /** What a click asks for: the checks alone, or the checks and then an apply. */
    enum Action {
        CHECK("Check"),
        DEPLOY("Deploy"),
        RETRY("Deploy");

        private final String label;

        Action(String label) {
            this.label = label;
        }
    }

    /** What a run needs back from the page. */
    interface Page {

        /** Runs the action again from the page's current form (Retry). */
        void rerun(Action action);

        /** Check and Deploy wait while a run is outstanding. */
        void running(boolean running);

        /** A complete deploy stored the token in the Secret: the field forgets it. */
        void tokenStored();
    }

    private final Component owner;
    private final Page page;
    private final DeployPlanner planner;
    private final DeployService deployer;
    private final DeployProgress progress;
    private final ClusterReachability reachability;
    private final ResultNotice notice;
    private final RolloutFollower rollout;

    DeployRun(
            Component owner,
            Page page,
            DeployPlanner planner,
            DeployService deployer,
            DeployProgress progress,
            ClusterReachability reachability) {
        this.owner = owner;
        this.page = page;
        this.planner = planner;
        this.deployer = deployer;
        this.progress = progress;
        this.reachability = reachability;
        this.notice = new ResultNotice(progress);
        this.rollout = new RolloutFollower(deployer, progress);
    }

    /**
     * Checks, then (unless only checking) applies; a retry after a partial deploy applies everything again:
     * server-side apply is idempotent, so what was applied stays and the rest follows. A partial result offers retry
     * and removal.
     *
     * @param tokenText what the token field holds; wiped from the request as soon as the run is over
     */
    void start(Action action, String cluster, DeployOutlook planned, String tokenText) {
        progress.start();
        progress.scrollIntoView();
        var unreachable = reachability.unreachable(cluster);
        if (unreachable.isPresent()) {
            // the Clusters page's answer, in one sentence: asking again would only wait for the same timeout
            progress.showError(unreachable.get());
            notice.show(unreachable.get(), false);
            return;
        }
        HfToken token = HfToken.of(tokenText);
        DeployRequest request;
        try {
            request = planner.deployRequest(cluster, planned, token);
        } catch (RuntimeException e) {
            token.wipe();
            stopped(action.label + " stopped: " + e.getMessage());
            return;
        }
        var objects = planned.manifests().objects();
        page.running(true);
        progress.working("Checking " + request.namespace() + " on " + cluster + "…");
        ClusterCalls.call(owner, "preflight", () -> deployer.check(request, objects), (report, checkError) -> {
            if (checkError != null || action == Action.CHECK || !report.canDeploy()) {
                token.wipe();
                page.running(false);
                if (checkError != null) {
                    stopped(action.label + " stopped: " + checkError.getMessage());
                } else {
                    progress.showChecks(report);
                    notice.show(
                            action == Action.CHECK || report.canDeploy()
                                    ? "Check: " + report.summary()
                                    : "Not deployed: " + report.blocking(),
                            report.canDeploy());
                }
                return;
            }
            progress.showChecks(report);
            progress.working("Applying " + objects.size() + " objects to " + cluster + "…");
            ClusterCalls.call(
                    owner,
                    "apply",
                    () -> action == Action.RETRY ? deployer.retry(request, objects) : deployer.deploy(request, objects),
                    (result, applyError) -> {
                        token.wipe();
                        page.running(false);
                        if (applyError != null) {
                            stopped(action.label + " stopped: " + applyError.getMessage());
                            return;
                        }
                        applied(planned, cluster, request, objects, result);
                    });
        });
    }

    /** Leaving the page stops following the rollout: an answer that still arrives is dropped. */
    void stop() {
        rollout.stop();
    }

    private void applied(
            DeployOutlook planned,
            String cluster,
            DeployRequest request,
            List<HasMetadata> objects,
            ApplyResult result) {
        // removal needs neither the token nor today's form: it takes what this deploy sent
        DeployRequest withoutToken = planner.deployRequest(cluster, planned, HfToken.none());
        progress.showResult(result, () -> page.rerun(Action.RETRY), () -> removeApplied(withoutToken, objects, result));
        notice.show(result.summary(), result.complete());
        if (result.complete()) {
            page.tokenStored();
            rollout.follow(request.context(), request.namespace(), request.deployment());
        }
    }

    private void stopped(String sentence) {
        progress.showError(sentence);
        notice.show(sentence, false);
    }

    private void removeApplied(DeployRequest request, List<HasMetadata> objects, ApplyResult partial) {
        progress.working("Removing what was applied from " + request.context() + "…");
        ClusterCalls.call(owner, "remove", () -> deployer.remove(request, objects, partial), (removal, error) -> {
            if (error != null) {
                progress.showError("Removal stopped: " + error.getMessage());
            } else {
                progress.showRemoval(removal);
            }
        });
    }
}
