package dev.iqconsole.deploy;

import java.util.List;

/**
 * A view-ready summary of a rollout.
 *
 * @param phase PROGRESSING, AVAILABLE, FAILING or MISSING
 * @param sentence one plain sentence, e.g. "1 of 1 replicas ready"
 * @param pods one row per pod
 * @param diagnoses the usual failures, explained with a fix
 * @param events the Deployment's and its pods' own events, newest first
 */
public record RolloutStatus(
        String deployment,
        Phase phase,
        String sentence,
        List<PodRow> pods,
        List<Diagnosis> diagnoses,
        List<EventRow> events) {

    public enum Phase {
        PROGRESSING,
        AVAILABLE,
        FAILING,
        MISSING
    }

    /** @param state the pod phase plus the waiting/terminated reason of its main container, e.g. "Pending (Unschedulable)" */
    public record PodRow(String name, String state, int restarts, String node) {}

    /**
     * @param object e.g. {@code Pod/gemma-2-27b-it-vllm-deployment-5d8c9-x2k4q}
     * @param type Normal or Warning
     * @param count how often it happened (the API server folds repeats into one event)
     */
    public record EventRow(String object, String type, String reason, String message, int count) {}

    public boolean finished() {
        return phase != Phase.PROGRESSING;
    }
}
