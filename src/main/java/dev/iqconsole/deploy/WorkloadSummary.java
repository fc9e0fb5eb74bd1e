package dev.iqconsole.deploy;

import java.time.Duration;
import java.util.Map;

/**
 * One console-managed model deployment, for the workloads list.
 *
 * @param status e.g. "1/1 ready" or "0/1 ready"
 * @param profile the deployment's {@code iqconsole.dev/*} labels (model, server, accelerator ...)
 */
public record WorkloadSummary(
        String namespace,
        String name,
        String status,
        boolean ready,
        Duration age,
        String ageText,
        Map<String, String> profile) {

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
