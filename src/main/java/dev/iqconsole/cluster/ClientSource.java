package dev.iqconsole.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;

/** Hands out the client of a kubeconfig context; tests pass the mock server's client. */
@FunctionalInterface
public interface ClientSource {

    /** @throws ClusterAccessException with a plain sentence when the context cannot be used */
    KubernetesClient client(String contextName);
}
