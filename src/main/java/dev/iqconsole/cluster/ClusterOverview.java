package dev.iqconsole.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Service;

/** Checks every context at once; a slow or broken one is reported as such and does not hold up the others. */
@Service
public class ClusterOverview {

    private final ClusterClients clients;
    private final Duration budget;

    ClusterOverview(ClusterClients clients, ClusterProperties properties) {
        this.clients = clients;
        this.budget = properties.connectTimeout().plus(properties.requestTimeout());
    }

    public List<ClusterStatus> statusOfAll() {
        List<CompletableFuture<ClusterStatus>> checks =
                clients.contexts().stream().map(this::statusAsync).toList();
        return checks.stream().map(CompletableFuture::join).toList();
    }

    /**
     * Checks one context on its own virtual thread; the future completes within the budget even when the context
     * hangs, so a view can show each context as soon as its answer (or its silence) is known.
     */
    public CompletableFuture<ClusterStatus> statusAsync(ClusterContext context) {
        return CompletableFuture.supplyAsync(
                        () -> status(context),
                        task -> Thread.ofVirtual()
                                .name("cluster-check-" + context.name())
                                .start(task))
                .completeOnTimeout(
                        ClusterStatus.unreachable(
                                context,
                                "Context " + context.name() + " did not answer within " + budget.toSeconds()
                                        + " s: the API server " + context.server()
                                        + " is not reachable from the console (VPN, firewall, private endpoint?)."),
                        budget.toMillis(),
                        TimeUnit.MILLISECONDS);
    }

    public ClusterStatus status(ClusterContext context) {
        try {
            return status(context, clients.client(context.name()));
        } catch (ClusterAccessException e) {
            return ClusterStatus.unreachable(context, e.getMessage());
        } catch (RuntimeException e) {
            // e.g. the kubeconfig changed meanwhile: still an answer, so that no caller waits for ever
            return ClusterStatus.unreachable(context, explain(context, e));
        }
    }

    /** Version and nodes of one cluster; any failure becomes a sentence. */
    public static ClusterStatus status(ClusterContext context, KubernetesClient client) {
        String version;
        try {
            version = client.getKubernetesVersion().getGitVersion();
        } catch (RuntimeException e) {
            return ClusterStatus.unreachable(context, explain(context, e));
        }
        try {
            var nodes = NodeAccelerators.of(client.nodes().list().getItems());
            return new ClusterStatus(
                    context,
                    true,
                    version,
                    "Reachable, Kubernetes " + version + ", " + nodes.size() + " nodes.",
                    nodes,
                    NodeAccelerators.pools(nodes));
        } catch (KubernetesClientException e) {
            return new ClusterStatus(
                    context,
                    true,
                    version,
                    "Reachable, Kubernetes " + version + ", but the nodes cannot be listed (" + e.getCode()
                            + "): accelerators are unknown.",
                    List.of(),
                    List.of());
        }
    }

    static String explain(ClusterContext context, Throwable e) {
        if (e instanceof KubernetesClientException k && k.getCode() == 401) {
            return CredentialPlugins.expiredCredentials(context);
        }
        if (e instanceof KubernetesClientException k && k.getCode() == 403) {
            return "Context " + context.name() + " reached the cluster, but user " + context.user()
                    + " may not read its version (403 Forbidden).";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof TimeoutException || m.contains("timed out") || m.contains("Timeout")) {
                return "Context " + context.name() + " did not answer in time: the API server " + context.server()
                        + " is not reachable from the console (VPN, firewall, private endpoint?).";
            }
            if (m.contains("Connection refused") || t instanceof java.net.ConnectException) {
                return "Context " + context.name() + ": nothing answers at " + context.server()
                        + " (connection refused). Is the cluster running and the address right?";
            }
            if (t instanceof java.net.UnknownHostException) {
                return "Context " + context.name() + ": the host of " + context.server() + " cannot be resolved.";
            }
            if (m.contains("Cannot run program") || m.contains("exec")) {
                if (context.usesCredentialPlugin()) {
                    return "Context " + context.name() + ": the credential plugin '" + context.credentialPlugin()
                            + "' failed: " + m;
                }
            }
        }
        return "Context " + context.name() + " cannot be reached: "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}
