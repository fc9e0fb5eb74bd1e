package dev.iqconsole.deploy;

import dev.iqconsole.deploy.HistoryEntry.Action;
import dev.iqconsole.deploy.HistoryEntry.Outcome;
import dev.iqconsole.deploy.ObjectOutcome.State;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.time.Clock;
import java.util.List;

/**
 * Writes what {@link DeployService} did into the history: who, when, on what, how it ended, the redacted YAML that
 * was generated and sent, and a row per object (for a check: per finding).
 */
final class HistoryRecorder {

    private final DeployHistory history;
    private final Actor actor;
    private final Clock clock;

    HistoryRecorder(DeployHistory history, Actor actor, Clock clock) {
        this.history = history;
        this.actor = actor;
        this.clock = clock;
    }

    /** A check: one row per finding, succeeded when nothing blocks the deploy. */
    long check(DeployRequest request, PreflightReport report, List<HasMetadata> generated, List<HasMetadata> objects) {
        List<ObjectOutcome> rows = report.findings().stream()
                .map(f -> new ObjectOutcome(
                        "Check",
                        request.namespace(),
                        f.check(),
                        switch (f.severity()) {
                            case PASS -> State.PASSED;
                            case WARN -> State.WARNED;
                            case FAIL -> State.FAILED;
                        },
                        f.sentence() + (f.fix().isEmpty() ? "" : " Fix: " + f.fix())))
                .toList();
        return record(
                Action.CHECK,
                request,
                report.canDeploy() ? Outcome.SUCCEEDED : Outcome.FAILED,
                report.summary(),
                generated,
                objects,
                rows);
    }

    /** An action on a request's objects: {@code generated} as the generator made them, {@code sent} as applied. */
    long record(
            Action action,
            DeployRequest request,
            Outcome outcome,
            String summary,
            List<HasMetadata> generated,
            List<HasMetadata> sent,
            List<ObjectOutcome> rows) {
        return history.record(new HistoryEntry(
                0,
                clock.instant(),
                action,
                actor.name(),
                request.context(),
                request.namespace(),
                request.deployment(),
                request.profile(),
                request.targets(),
                outcome,
                summary,
                Yaml.of(ApplyOrder.sorted(generated)),
                Yaml.of(sent),
                rows));
    }

    /** A delete: no request and no YAML, the profile and targets of the workload's last deploy where known. */
    long delete(
            String context,
            String namespace,
            String deployment,
            String profile,
            String targets,
            Outcome outcome,
            String summary,
            List<ObjectOutcome> rows) {
        return history.record(new HistoryEntry(
                0,
                clock.instant(),
                Action.DELETE,
                actor.name(),
                context,
                namespace,
                deployment,
                profile,
                targets,
                outcome,
                summary,
                "",
                "",
                rows));
    }
}
