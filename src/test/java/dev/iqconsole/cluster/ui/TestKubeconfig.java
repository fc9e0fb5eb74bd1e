package dev.iqconsole.cluster.ui;

import dev.iqconsole.deploy.ApiServerDispatcher;
import dev.iqconsole.deploy.MockCluster;
import dev.iqconsole.fixtures.ConsoleKubeconfig;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A kubeconfig for the view tests: context {@code mock} on a {@link MockCluster}, and one context per way a cluster
 * can fail (refused connection, missing exec plugin, expired token, an API server that never answers). It is the
 * kubeconfig of the shared consoles ({@link ConsoleKubeconfig}) until closed.
 */
public final class TestKubeconfig implements AutoCloseable {

    public static final String MOCK = MockCluster.CONTEXT;
    public static final String REFUSED = "refused";
    public static final String NO_PLUGIN = "no-plugin";
    public static final String EXPIRED = "expired";
    public static final String HANGING = "hanging";
    public static final String EXPIRED_TOKEN = "expired-token";

    public final MockCluster cluster;
    /** For test fixtures: the client's default timeouts and retries, so a loaded machine does not fail the setup. */
    public final KubernetesClient admin;

    public final Path file;
    private final ServerSocket hanging;

    private TestKubeconfig(boolean failingContexts) throws IOException {
        cluster = new MockCluster();
        admin = cluster.server.createClient();
        // accepts connections (the kernel queues them) but never answers: a cluster behind a black hole
        hanging = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        int refusedPort;
        try (var probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            refusedPort = probe.getLocalPort();
        }
        String mock = "http://127.0.0.1:" + cluster.server.getPort();
        file = Files.createTempFile("iqc-views-kubeconfig", ".yaml");
        String failing = """
                - name: %s
                  context: {cluster: refused, user: tester}
                - name: %s
                  context: {cluster: eks, user: aws}
                - name: %s
                  context: {cluster: mock, user: stale, namespace: models}
                - name: %s
                  context: {cluster: hanging, user: tester}
                """.formatted(REFUSED, NO_PLUGIN, EXPIRED, HANGING);
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster: {server: '%s'}
                - name: refused
                  cluster: {server: 'http://127.0.0.1:%d'}
                - name: eks
                  cluster: {server: 'https://eks.example.invalid'}
                - name: hanging
                  cluster: {server: 'http://127.0.0.1:%d'}
                contexts:
                - name: mock
                  context: {cluster: mock, user: tester, namespace: default}
                %s
                current-context: mock
                users:
                - name: tester
                  user: {token: not-a-secret}
                - name: stale
                  user: {token: %s}
                - name: aws
                  user:
                    exec:
                      apiVersion: client.authentication.k8s.io/v1beta1
                      command: aws-iam-authenticator
                      args: [token, -i, models]
                """.formatted(
                        mock, refusedPort, hanging.getLocalPort(), failingContexts ? failing : "", EXPIRED_TOKEN));
        // a token the cluster no longer accepts
        cluster.dispatcher.faults.add(new ApiServerDispatcher.Fault(
                r -> ("Bearer " + EXPIRED_TOKEN).equals(r.getHeader("Authorization")),
                401,
                "Unauthorized",
                Duration.ZERO,
                null));
        ConsoleKubeconfig.use(file);
    }

    /** Only the reachable {@code mock} context. */
    public static TestKubeconfig mockOnly() {
        return create(false);
    }

    /** {@code mock} plus a context for each failure. */
    public static TestKubeconfig withFailingContexts() {
        return create(true);
    }

    private static TestKubeconfig create(boolean failingContexts) {
        try {
            return new TestKubeconfig(failingContexts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        admin.close();
        cluster.close();
        hanging.close();
        ConsoleKubeconfig.release(file);
        Files.deleteIfExists(file);
    }
}
