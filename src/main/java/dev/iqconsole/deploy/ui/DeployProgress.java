package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.iqconsole.deploy.ApplyResult;
import dev.iqconsole.deploy.Diagnosis;
import dev.iqconsole.deploy.Finding;
import dev.iqconsole.deploy.ObjectOutcome;
import dev.iqconsole.deploy.PreflightReport;
import dev.iqconsole.deploy.RolloutStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What Deploy did, in the page: the checks, each object's outcome, then the rollout explained. */
class DeployProgress extends Div {

    private final Paragraph working = new Paragraph();
    private final Div checks = new Div();
    private final Div outcome = new Div();
    private final Div rollout = new Div();

    DeployProgress() {
        addClassName("iqc-panel");
        setId("deploy-result");
        checks.setId("preflight");
        outcome.setId("apply-outcome");
        rollout.setId("rollout");
        working.setId("deploy-working");
        working.addClassName("iqc-muted");
        add(new H2("Deploy"), working, checks, outcome, rollout);
        setVisible(false);
    }

    void start() {
        checks.removeAll();
        outcome.removeAll();
        rollout.removeAll();
        setVisible(true);
    }

    /** Says what the console is waiting for (the cluster answers off the UI thread) until the answer is shown. */
    void working(String what) {
        working.setText(what);
        working.setVisible(true);
    }

    void showChecks(PreflightReport report) {
        working.setVisible(false);
        var list = new UnorderedList();
        list.addClassName("iqc-findings");
        for (Finding f : report.findings()) {
            var item = new ListItem(
                    badge(
                            f.severity().name().toLowerCase(),
                            "iqc-sev-" + f.severity().name().toLowerCase()),
                    new Span(" " + f.check() + ": " + f.sentence() + (f.fix().isEmpty() ? "" : " " + f.fix())));
            list.add(item);
        }
        var summary = new Paragraph(report.summary());
        summary.setId("preflight-summary");
        checks.add(new H3("Checks before deploying"), summary);
        if (!report.canDeploy() && report.findings().size() > 1) {
            // what blocks the deploy first, in full, before the list of everything that was checked
            var blocking = new Paragraph(report.blocking());
            blocking.setId("preflight-blocking");
            blocking.addClassName("iqc-error");
            checks.add(blocking);
        }
        checks.add(list);
    }

    /** The outcome per object; a partial one offers to retry or to remove what was applied (never left silently). */
    void showResult(ApplyResult result, Runnable retry, Runnable removeApplied) {
        working.setVisible(false);
        var summary = new Paragraph(result.summary());
        summary.setId("apply-summary");
        summary.addClassName(result.complete() ? "iqc-ok" : "iqc-error");
        outcome.add(new H3("Objects"), summary, outcomes(result));
        if (result.complete()) {
            var link = new Anchor(
                    "workloads?context=" + encode(result.context()) + "&namespace=" + encode(result.namespace())
                            + "&deployment=" + encode(result.deployment()),
                    "Open the workload " + result.deployment());
            link.setId("workload-link");
            outcome.add(new Paragraph(link));
        } else {
            var again = new Button("Retry", e -> retry.run());
            again.setId("retry-deploy");
            var actions = new Div(again);
            actions.addClassName("iqc-actions");
            if (!result.applied().isEmpty()) {
                var remove = new Button("Remove what was applied", e -> removeApplied.run());
                remove.setId("remove-applied");
                remove.addThemeVariants(ButtonVariant.ERROR);
                actions.add(remove);
            }
            outcome.add(actions);
        }
    }

    void showRemoval(ApplyResult removal) {
        working.setVisible(false);
        boolean failed = removal.objects().stream().anyMatch(o -> o.state() == ObjectOutcome.State.FAILED);
        var summary = new Paragraph(
                failed
                        ? "Some objects could not be removed; see below. What remains is listed under Workloads."
                        : "Removed what the deploy had applied; the namespace and hf-secret were kept.");
        summary.setId("removal-summary");
        summary.addClassName(failed ? "iqc-error" : "iqc-ok");
        outcome.add(new H3("Removal"), summary, outcomes(removal));
    }

    private static UnorderedList outcomes(ApplyResult result) {
        var list = new UnorderedList();
        list.addClassName("iqc-findings");
        for (ObjectOutcome o : result.objects()) {
            list.add(new ListItem(
                    badge(
                            o.state().name().toLowerCase().replace('_', ' '),
                            "iqc-state-" + o.state().name().toLowerCase()),
                    new Span(" " + o.label()
                            + (o.message() == null || o.message().isEmpty() ? "" : ": " + o.message()))));
        }
        return list;
    }

    void showRollout(RolloutStatus status) {
        rollout.removeAll();
        var sentence = new Paragraph(status.sentence());
        sentence.setId("rollout-sentence");
        var head = new H3("Rollout: " + status.phase().name().toLowerCase());
        rollout.add(head, sentence);
        if (!status.pods().isEmpty()) {
            var pods = new UnorderedList();
            status.pods()
                    .forEach(p -> pods.add(new ListItem(p.name() + ": " + p.state()
                            + (p.restarts() > 0 ? ", " + PreflightReport.counted(p.restarts(), "restart") : "")
                            + (p.node() == null || p.node().isEmpty() ? "" : ", on " + p.node()))));
            rollout.add(pods);
        }
        for (Diagnosis d : status.diagnoses()) {
            var item = new Div(
                    new Paragraph((d.pod().isEmpty() ? "" : d.pod() + ": ") + d.problem()), new Paragraph(d.fix()));
            item.addClassName("iqc-diagnosis");
            rollout.add(item);
        }
    }

    void showError(String message) {
        working.setVisible(false);
        var error = new Paragraph(message);
        error.addClassName("iqc-error");
        error.setId("deploy-error");
        outcome.add(error);
    }

    private static Span badge(String text, String variant) {
        var badge = new Span(text);
        badge.addClassNames("iqc-tag", variant);
        return badge;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
