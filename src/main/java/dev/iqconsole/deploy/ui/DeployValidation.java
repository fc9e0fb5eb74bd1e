package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.iqconsole.base.ui.EChart;
import dev.iqconsole.manifest.InvalidPlanException.Problem;
import dev.iqconsole.profile.LatencyTargets;
import dev.iqconsole.profile.ProfileQueryException;
import dev.iqconsole.profile.ui.CurveCharts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates every field of the deploy form, asks the engine for the chosen setup's outlook and shows it: messages on
 * the fields, problems that belong to no field, the chosen profile's figures, the alternatives and the curve. The page
 * lays out the components it fills.
 */
final class DeployValidation {

    private static final Logger log = LoggerFactory.getLogger(DeployValidation.class);

    final DeploySummary summary = new DeploySummary();
    final DeployAlternatives alternatives = new DeployAlternatives(this::chooseMachine);
    final EChart chart = new EChart();
    final Div targetMessage = new Div();
    final Div problems = new Div();

    private final DeployForm form;
    private final DeployRecommendation recommendation;
    private final DeployPlanner planner;
    private final ServingStackField servingStack;

    private DeployOutlook outlook;

    DeployValidation(
            DeployForm form,
            DeployRecommendation recommendation,
            DeployPlanner planner,
            ServingStackField servingStack) {
        this.form = form;
        this.recommendation = recommendation;
        this.planner = planner;
        this.servingStack = servingStack;
        targetMessage.setId("target-message");
        targetMessage.addClassName("iqc-warning");
        problems.setId("plan-problems");
        problems.addClassName("iqc-error");
        chart.setId("deploy-chart");
    }

    /** The outlook of the last validation; {@code null} when the form could not be read or the engine refused it. */
    DeployOutlook outlook() {
        return outlook;
    }

    /** Nothing is wrong: no field carries a message and no problem without a field is shown. */
    boolean valid() {
        return !form.hasErrors() && problems.getChildren().findAny().isEmpty();
    }

    /** Validates every field, asks the engine, and shows the outcome. */
    void refresh(String modelId) {
        form.clearErrors();
        problems.removeAll();
        targetMessage.removeAll();
        targetMessage.setVisible(false);
        LatencyTargets targets = form.targets();
        LocalChecks.check(form);
        outlook = null;
        if (targets != null && form.workload.readable() && form.machineType.getValue() != null) {
            try {
                outlook = planner.outlook(recommendation.choice(targets), servingStack.plan());
            } catch (ProfileQueryException e) {
                HasValidation field = e.field() == null ? null : form.fieldOf(e.field());
                DeployForm.fail(field == null ? form.machineType : field, e.getMessage());
            } catch (RuntimeException e) {
                // a bug, not bad input: say so in the page and keep the rest of it usable
                log.error("Deploy page: no plan for {}", modelId, e);
                problems.add(new Paragraph("The manifests for this choice cannot be generated (" + e + ")."
                        + " Choose another machine type, or report this."));
            }
        }
        if (outlook != null) {
            show(outlook);
        } else {
            summary.unavailable(); // no figures for values the page could not read: none left from before either
            alternatives.show(List.of(), null);
        }
    }

    private void show(DeployOutlook o) {
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

    /** A click on an alternative chooses its machine type, as if picked in the form. */
    private void chooseMachine(String machineType) {
        if (!machineType.equals(form.machineType.getValue())) {
            form.machineType.setValue(machineType);
        }
    }
}
