package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Part of the check: whether the cluster serves the APIs the objects need beyond the built-in ones, the custom
 * resources' CRDs (monitoring, gateway) and the metrics APIs an autoscaler reads. A refusal or silence of discovery is
 * a warning, not "not installed".
 */
final class ApiChecks {

    private ApiChecks() {}

    static List<Finding> apis(KubernetesClient client, List<HasMetadata> objects) {
        List<Finding> findings = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        for (HasMetadata object : objects) {
            if (object instanceof GenericKubernetesResource && checked.add(object.getApiVersion() + object.getKind())) {
                findings.add(customResourceApi(client, object));
            }
            if (object instanceof HorizontalPodAutoscaler hpa) {
                findings.addAll(metricsApis(client, hpa));
            }
        }
        return findings;
    }

    /** Whether the cluster serves the monitoring CRD; a refusal or silence is not the same as "not installed". */
    private static Finding customResourceApi(KubernetesClient client, HasMetadata object) {
        String apiVersion = object.getApiVersion();
        String kind = object.getKind();
        String check = "API " + kind + " (" + apiVersion + ")";
        String install = switch (kind) {
            case "PodMonitoring" ->
                "Enable Google Cloud Managed Service for Prometheus on the cluster, or choose Monitoring: None.";
            case "ServiceMonitor" -> "Install the Prometheus Operator CRDs, or choose Monitoring: None.";
            default -> GatewayChecks.install(kind, apiVersion);
        };
        try {
            var list = client.getApiResources(apiVersion);
            boolean present = list != null
                    && list.getResources() != null
                    && list.getResources().stream()
                            .anyMatch(r -> Preflight.plural(object).equals(r.getName()));
            return present
                    ? Finding.pass(check, "The cluster serves " + kind + " (" + apiVersion + ").")
                    : notInstalled(check, kind, apiVersion, install);
        } catch (KubernetesClientException e) {
            if (KubernetesErrors.cause(e) == KubernetesErrors.Cause.NOT_FOUND) {
                return notInstalled(check, kind, apiVersion, install);
            }
            return Finding.warn(
                    check,
                    "Whether the cluster serves " + kind + " (" + apiVersion + ") is unknown: API discovery "
                            + KubernetesErrors.words(e) + ".",
                    "Check again; if it persists, ask an admin whether the " + kind + " CRD is installed.");
        }
    }

    private static Finding notInstalled(String check, String kind, String apiVersion, String install) {
        return Finding.fail(
                check, "The cluster has no " + kind + " API (" + apiVersion + "): its CRD is not installed.", install);
    }

    private static List<Finding> metricsApis(KubernetesClient client, HorizontalPodAutoscaler hpa) {
        Set<String> groups = new LinkedHashSet<>();
        List<MetricSpec> metrics = hpa.getSpec() == null || hpa.getSpec().getMetrics() == null
                ? List.of()
                : hpa.getSpec().getMetrics();
        for (MetricSpec metric : metrics) {
            switch (String.valueOf(metric.getType())) {
                case "External" -> groups.add("external.metrics.k8s.io");
                case "Pods", "Object" -> groups.add("custom.metrics.k8s.io");
                default -> groups.add("metrics.k8s.io");
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (String group : groups) {
            String check = "Metrics API " + group;
            boolean present;
            try {
                present = client.getApiGroup(group) != null;
            } catch (KubernetesClientException e) {
                if (KubernetesErrors.cause(e) != KubernetesErrors.Cause.NOT_FOUND) {
                    // a refusal or a timeout says nothing about whether the API is there
                    findings.add(Finding.warn(
                            check,
                            "Whether the cluster serves the autoscaler's metrics API " + group + " is unknown: API"
                                    + " discovery " + KubernetesErrors.words(e) + ".",
                            "Check again; if it persists, ask an admin whether a metrics adapter is installed."));
                    continue;
                }
                present = false;
            }
            findings.add(
                    present
                            ? Finding.pass(check, "The autoscaler's metrics API " + group + " is available.")
                            : Finding.fail(
                                    check,
                                    "The autoscaler needs the " + group
                                            + " API, which the cluster does not serve; it would never scale.",
                                    group.equals("metrics.k8s.io")
                                            ? "Install metrics-server."
                                            : "Install a metrics adapter (on GKE: the Custom Metrics Stackdriver Adapter), or turn autoscaling off."));
        }
        return findings;
    }
}
