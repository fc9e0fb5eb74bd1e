package dev.iqconsole.deploy;

import java.util.List;

/**
 * A view-ready summary of a rollout.
 *
 * @param phase PROGRESSING, AVAILABLE, FAILING or MISSING
 * @param sentence one plain sentence, e.g. "1 of 1 replicas ready"
 * @param pods one row per pod
 * @param diagnoses the usual failures, explained with a fix
 */
public record RolloutStatus(
        String deployment, Phase phase, String sentence, List<PodRow> pods, List<Diagnosis> diagnoses) {

    public enum Phase {
        PROGRESSING,
        AVAILABLE,
        FAILING,
        MISSING
    }

    /** @param state the pod phase plus the waiting/terminated reason of its main container, e.g. "Pending (Unschedulable)" */
    public record PodRow(String name, String state, int restarts, String node) {}

    public boolean finished() {
        return phase != Phase.PROGRESSING;
    }
}
