package dev.iqconsole.deploy;

import java.time.Instant;
import java.util.List;

/**
 * One recorded action.
 *
 * @param action CHECK, DEPLOY, RETRY, REMOVE or DELETE
 * @param actor who did it (null for entries recorded before the console recorded it)
 * @param outcome SUCCEEDED, PARTIAL or FAILED
 * @param objects per object (for a check: one row per finding, state PASS/WARN/FAIL)
 */
public record HistoryEntry(
        long id,
        Instant when,
        String action,
        String actor,
        String context,
        String namespace,
        String deployment,
        String profile,
        String targets,
        String outcome,
        String summary,
        String generatedYaml,
        String appliedYaml,
        List<ObjectOutcome> objects) {}
