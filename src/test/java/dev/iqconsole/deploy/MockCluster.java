package dev.iqconsole.deploy;

import static org.assertj.core.api.Assertions.fail;

import dev.iqconsole.fixtures.ConsoleKubeconfig;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** A fabric8 mock API server on real HTTP with {@link ApiServerDispatcher}, its client and a kubeconfig for kubectl. */
public final class MockCluster implements AutoCloseable {

    public static final String CONTEXT = "mock";

    public final ApiServerDispatcher dispatcher = new ApiServerDispatcher();
    public final KubernetesMockServer server;
    public final KubernetesClient client;
    public final Path kubeconfig;

    /**
     * A request timeout that a loaded 2-core machine never reaches by accident (a 3 s one once failed a plain GET in
     * CI); tests about timeouts ask for a short one with {@link #MockCluster(Duration)}.
     */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    public MockCluster() throws IOException {
        this(REQUEST_TIMEOUT);
    }

    public MockCluster(Duration requestTimeout) throws IOException {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
        server.init(InetAddress.getByName("127.0.0.1"), 0);
        // one attempt per request, like the console's own clients
        client = server.createClient(b -> b.editOrNewConfig()
                .withRequestTimeout((int) requestTimeout.toMillis())
                .withConnectionTimeout(1000)
                .withRequestRetryBackoffLimit(0)
                .endConfig());
        kubeconfig = Files.createTempFile("iqc-kubeconfig", ".yaml");
        Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster:
                    server: http://127.0.0.1:%d
                contexts:
                - name: mock
                  context: {cluster: mock, user: tester, namespace: default}
                current-context: mock
                users:
                - name: tester
                  user: {token: not-a-secret}
                """.formatted(server.getPort()));
    }

    /** The GatewayClass that the serving stacks' Gateway names on GKE (its regional external load balancer). */
    public static final String GATEWAY_CLASS = "gke-l7-regional-external-managed";

    /**
     * Registers the CRDs a serving stack (llm-d) needs: discovery then serves the Gateway API, the Inference Extension
     * and GKE's networking groups. The GatewayClass is another matter ({@link #addGatewayClass()}).
     */
    public void serveGatewayApis() {
        dispatcher.servedGroups.addAll(
                List.of("gateway.networking.k8s.io", "inference.networking.k8s.io", "networking.gke.io"));
    }

    /** {@link #GATEWAY_CLASS} present, as GKE's Gateway controller provides it; needs {@link #serveGatewayApis()}. */
    public void addGatewayClass() {
        client.genericKubernetesResources(new ResourceDefinitionContext.Builder()
                        .withGroup("gateway.networking.k8s.io")
                        .withVersion("v1")
                        .withKind("GatewayClass")
                        .withPlural("gatewayclasses")
                        .withNamespaced(false)
                        .build())
                .resource(new GenericKubernetesResourceBuilder()
                        .withApiVersion("gateway.networking.k8s.io/v1")
                        .withKind("GatewayClass")
                        .withNewMetadata()
                        .withName(GATEWAY_CLASS)
                        .endMetadata()
                        .build())
                .create();
    }

    /** A cluster a serving stack deploys to: its CRDs served and its GatewayClass present. */
    public void readyForServingStacks() {
        serveGatewayApis();
        addGatewayClass();
    }

    /** Runs the preinstalled kubectl against this server; skips (or fails under IQC_REQUIRE_REAL_CLIENTS) without it. */
    public String kubectl(String... args) throws IOException, InterruptedException {
        requireKubectl();
        List<String> command = new ArrayList<>(List.of("kubectl", "--kubeconfig", kubeconfig.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail("kubectl " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    public static boolean kubectlInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "kubectl"))) {
                return true;
            }
        }
        return false;
    }

    public static void requireKubectl() {
        if (!kubectlInstalled()) {
            if ("true".equals(System.getenv("IQC_REQUIRE_REAL_CLIENTS"))) {
                fail("kubectl is not on the PATH, and IQC_REQUIRE_REAL_CLIENTS=true requires it");
            }
            Assumptions.abort("kubectl is not installed; set IQC_REQUIRE_REAL_CLIENTS=true to make this a failure");
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
        server.destroy();
        ConsoleKubeconfig.release(kubeconfig);
        Files.deleteIfExists(kubeconfig);
    }
}
