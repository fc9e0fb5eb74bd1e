package dev.iqconsole.cluster;

/**
 * Drops the fabric8 clients a console holds, for the shared test contexts: when a test class points the kubeconfig at
 * its own mock cluster, a client kept for context {@code mock} would still talk to the previous class's server.
 * {@link ClusterClients#close()} is package-private, hence this class in the cluster package.
 */
public final class ClientsReset {

    private ClientsReset() {}

    public static void forget(ClusterClients clients) {
        clients.close();
    }
}
