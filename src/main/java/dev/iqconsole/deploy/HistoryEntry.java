package dev.iqconsole.deploy;

import java.time.Instant;
import java.util.List;

/**
 * One recorded action.
 *
 * @param actor who did it (null for entries recorded before the console recorded it)
 * @param objects per object (for a check: one row per finding, state PASS/WARN/FAIL)
 */
public record HistoryEntry(
        long id,
        Instant when,
        Action action,
        String actor,
        String context,
        String namespace,
        String deployment,
        String profile,
        String targets,
        Outcome outcome,
        String summary,
        String generatedYaml,
        String appliedYaml,
        List<ObjectOutcome> objects) {

    /** What was done; stored by its name, which the history tables hold as text. */
    public enum Action {
        /** The checks alone: nothing applied. */
        CHECK,
        DEPLOY,
        /** A deploy again after a partial one: what was applied stays, the rest follows. */
        RETRY,
        /** Removal of what a partial deploy applied. */
        REMOVE,
        /** Deletion of every object labelled with a workload. */
        DELETE
    }

    /** How it ended; stored by its name, which the history tables hold as text. */
    public enum Outcome {
        SUCCEEDED,
        /** Some objects were applied or removed, others not. */
        PARTIAL,
        FAILED
    }
}
