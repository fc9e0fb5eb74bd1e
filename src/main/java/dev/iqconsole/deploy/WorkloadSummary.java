package dev.iqconsole.deploy;

import java.time.Duration;
import java.util.Map;

/**
 * One console-managed model deployment, for the workloads list.
 *
 * @param status e.g. "1/1 ready" or "0/1 ready"
 * @param profile the deployment's {@code iqconsole.dev/*} labels (model, server, accelerator ...)
 * @param parts with a serving stack: the replicas and what routes to them (e.g. "2/2 replicas", "endpoint picker
 *     1/1 ready", "InferencePool x-pool"); empty for a model server alone
 */
public record WorkloadSummary(
        String namespace,
        String name,
        String status,
        boolean ready,
        Duration age,
        String ageText,
        Map<String, String> profile,
        java.util.List<String> parts) {

    public WorkloadSummary {
        parts = java.util.List.copyOf(parts);
    }

    /** The same workload with its serving stack's parts; {@code ready} only when they are ready too. */
    WorkloadSummary withParts(java.util.List<String> parts, boolean ready) {
        return new WorkloadSummary(namespace, name, status, ready, age, ageText, profile, parts);
    }

    /** e.g. {@code gemma-2-9b-it / vllm / nvidia-l4}; the parts the labels do not give are left out. */
    public String profileText() {
        return java.util.stream.Stream.of("model", "server", "accelerator")
                .map(profile::get)
                .filter(v -> v != null && !v.isBlank())
                .collect(java.util.stream.Collectors.joining(" / "));
    }

    static String ageText(Duration age) {
        if (age.toDays() > 0) {
            return age.toDays() + "d";
        }
        if (age.toHours() > 0) {
            return age.toHours() + "h";
        }
        return Math.max(0, age.toMinutes()) + "m";
    }
}
