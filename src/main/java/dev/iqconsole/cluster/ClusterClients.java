package dev.iqconsole.cluster;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The kubeconfig's contexts and one fabric8 client per context, created on first use and closed on shutdown. */
@Service
public class ClusterClients implements ClientSource {

    private static final Logger log = LoggerFactory.getLogger(ClusterClients.class);

    private final ClusterProperties properties;
    private final Map<String, KubernetesClient> clients = new ConcurrentHashMap<>();

    ClusterClients(ClusterProperties properties) {
        this.properties = properties;
    }

    /** Contexts in kubeconfig order; empty when there is no kubeconfig. */
    public List<ClusterContext> contexts() {
        return Kubeconfigs.contexts(Kubeconfigs.files(
                properties.kubeconfig(), System.getenv("KUBECONFIG"), System.getProperty("user.home")));
    }

    public ClusterContext context(String name) {
        return contexts().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no context named '" + name
                        + "' in the kubeconfig; known contexts: "
                        + contexts().stream().map(ClusterContext::name).toList()));
    }

    @Override
    public KubernetesClient client(String contextName) {
        return clients.computeIfAbsent(contextName, name -> create(context(name)));
    }

    private KubernetesClient create(ClusterContext context) {
        CredentialPlugins.missing(context, System.getenv("PATH")).ifPresent(message -> {
            throw new ClusterAccessException(message);
        });
        Config config;
        try {
            config = Config.fromKubeconfig(
                    context.name(),
                    Files.readString(context.kubeconfig()),
                    context.kubeconfig().toString());
        } catch (IOException e) {
            throw new ClusterAccessException(
                    "The kubeconfig " + context.kubeconfig() + " cannot be read: " + e.getMessage());
        }
        config.setConnectionTimeout((int) properties.connectTimeout().toMillis());
        config.setRequestTimeout((int) properties.requestTimeout().toMillis());
        // One attempt per request: the deploy result reports each failure and offers its own retry.
        config.setRequestRetryBackoffLimit(0);
        log.info("Created a Kubernetes client for context {}", context.name());
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    @PreDestroy
    void close() {
        clients.values().forEach(KubernetesClient::close);
        clients.clear();
    }
}
