package dev.iqconsole.cluster;

import java.nio.file.Path;

/**
 * One context of the kubeconfig, as the user sees it.
 *
 * @param namespace the context's default namespace ({@code default} when the kubeconfig names none)
 * @param credentialPlugin the exec credential plugin command (e.g. {@code gke-gcloud-auth-plugin}), or empty
 * @param kubeconfig the file that defines this context
 */
public record ClusterContext(
        String name,
        String cluster,
        String server,
        String user,
        String namespace,
        String credentialPlugin,
        Path kubeconfig) {

    public boolean usesCredentialPlugin() {
        return !credentialPlugin.isEmpty();
    }
}
