package dev.iqconsole.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the kubeconfig is and how long to wait for a cluster.
 *
 * @param kubeconfig a kubeconfig path; blank means {@code KUBECONFIG}, then {@code ~/.kube/config}
 * @param connectTimeout short, so that one unreachable cluster does not hold up the others
 * @param requestTimeout per API request
 */
@ConfigurationProperties("iqconsole.cluster")
public record ClusterProperties(String kubeconfig, Duration connectTimeout, Duration requestTimeout) {

    public ClusterProperties {
        kubeconfig = kubeconfig == null ? "" : kubeconfig.strip();
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
    }
}
