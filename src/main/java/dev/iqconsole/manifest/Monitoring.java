package dev.iqconsole.manifest;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which object asks a Prometheus to scrape the server's {@code /metrics}. GIQ always generates a PodMonitoring
 * (Google Cloud Managed Service for Prometheus); a plain cluster may have the Prometheus Operator, or neither, and a
 * monitoring object whose CRD is missing makes the whole apply fail.
 */
public enum Monitoring {
    /** No monitoring object: nothing scrapes the server unless the cluster does so on its own. */
    NONE("none"),
    /** {@code monitoring.googleapis.com/v1} PodMonitoring: Google Cloud Managed Service for Prometheus. */
    POD_MONITORING("pod-monitoring"),
    /** {@code monitoring.coreos.com/v1} ServiceMonitor: the Prometheus Operator. */
    SERVICE_MONITOR("service-monitor");

    private final String id;

    Monitoring(String id) {
        this.id = id;
    }

    /** GIQ's choice on GKE; the Prometheus Operator's object elsewhere (the most common monitoring stack). */
    public static Monitoring defaultFor(TargetPlatform platform) {
        return platform == TargetPlatform.KUBERNETES ? SERVICE_MONITOR : POD_MONITORING;
    }

    /** Accepts the id ({@code pod-monitoring}) or the constant's name ({@code POD_MONITORING}), in any case. */
    public static Optional<Monitoring> parse(String value) {
        if (value == null) return Optional.empty();
        String wanted = value.strip();
        return Arrays.stream(values())
                .filter(m -> m.id.equalsIgnoreCase(wanted) || m.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    public static String allowedIds() {
        return Arrays.stream(values()).map(Monitoring::id).collect(Collectors.joining(", "));
    }

    public String id() {
        return id;
    }
}
