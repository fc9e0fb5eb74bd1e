package dev.iqconsole.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterContextsTest {

    @TempDir
    Path dir;

    @Test
    void contexts_list_cluster_server_namespace_and_credential_plugin() throws Exception {
        Path file = dir.resolve("config");
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: gke_p_us-central1_c1
                  cluster: {server: https://34.1.2.3}
                - name: kind
                  cluster: {server: https://127.0.0.1:6443}
                contexts:
                - name: gke
                  context: {cluster: gke_p_us-central1_c1, user: gke-user, namespace: models}
                - name: kind
                  context: {cluster: kind, user: kind-user}
                users:
                - name: gke-user
                  user:
                    exec:
                      apiVersion: client.authentication.k8s.io/v1beta1
                      command: gke-gcloud-auth-plugin
                      interactiveMode: IfAvailable
                - name: kind-user
                  user: {token: abc}
                """);
        List<ClusterContext> contexts = Kubeconfigs.contexts(Kubeconfigs.files(file.toString(), null, "/nowhere"));

        assertThat(contexts)
                .extracting(
                        ClusterContext::name,
                        ClusterContext::server,
                        ClusterContext::namespace,
                        ClusterContext::credentialPlugin)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "gke", "https://34.1.2.3", "models", "gke-gcloud-auth-plugin"),
                        org.assertj.core.groups.Tuple.tuple("kind", "https://127.0.0.1:6443", "default", ""));
        assertThat(CredentialPlugins.missing(contexts.getFirst(), dir.toString()))
                .get()
                .asString()
                .contains("'gke-gcloud-auth-plugin'", "gcloud components install gke-gcloud-auth-plugin");
        assertThat(CredentialPlugins.missing(contexts.get(1), dir.toString())).isEmpty();
    }

    @Test
    void the_configured_path_wins_then_kubeconfig_then_home() {
        assertThat(Kubeconfigs.files("/etc/kc", "/a:/b", "/home/u")).containsExactly(Path.of("/etc/kc"));
        assertThat(Kubeconfigs.files("", "/a:/b", "/home/u")).containsExactly(Path.of("/a"), Path.of("/b"));
        assertThat(Kubeconfigs.files("", null, "/home/u")).containsExactly(Path.of("/home/u/.kube/config"));
    }

    @Test
    void accelerators_are_read_from_labels_and_allocatable() {
        var l4 = new NodeBuilder()
                .withNewMetadata()
                .withName("n1")
                .addToLabels(NodeAccelerators.GKE_ACCELERATOR, "nvidia-l4")
                .endMetadata()
                .withNewStatus()
                .addToAllocatable(
                        Map.of("nvidia.com/gpu", new Quantity("2"), "ephemeral-storage", new Quantity("100Gi")))
                .endStatus()
                .build();
        var tpu = new NodeBuilder()
                .withNewMetadata()
                .withName("n2")
                .addToLabels(NodeAccelerators.GKE_TPU_ACCELERATOR, "tpu-v6e-slice")
                .endMetadata()
                .withNewStatus()
                .addToAllocatable("google.com/tpu", new Quantity("4"))
                .endStatus()
                .build();
        var cpu =
                new NodeBuilder().withNewMetadata().withName("n3").endMetadata().build();

        var nodes = NodeAccelerators.of(List.of(l4, tpu, cpu));
        assertThat(nodes.getFirst())
                .isEqualTo(new NodeAccelerator(
                        "n1", NodeAccelerators.GKE_ACCELERATOR, "nvidia-l4", "nvidia.com/gpu", 2, 100L << 30));
        assertThat(NodeAccelerators.pools(nodes))
                .containsExactly(
                        new AcceleratorPool(NodeAccelerators.GKE_ACCELERATOR, "nvidia-l4", "nvidia.com/gpu", 1, 2, 2),
                        new AcceleratorPool(
                                NodeAccelerators.GKE_TPU_ACCELERATOR, "tpu-v6e-slice", "google.com/tpu", 1, 4, 4));
    }

    @Test
    void an_unreachable_context_is_reported_in_plain_words() {
        var context = new ClusterContext("dead", "c", "https://127.0.0.1:1", "u", "default", "", Path.of("x"));
        var client = new io.fabric8.kubernetes.client.KubernetesClientBuilder()
                .withConfig(new io.fabric8.kubernetes.client.ConfigBuilder()
                        .withMasterUrl("https://127.0.0.1:1")
                        .withConnectionTimeout(500)
                        .withRequestRetryBackoffLimit(0)
                        .build())
                .build();
        ClusterStatus status = ClusterOverview.status(context, client);
        assertThat(status.reachable()).isFalse();
        assertThat(status.message())
                .startsWith("Context dead: nothing answers at https://127.0.0.1:1 (connection refused)");
        client.close();
    }
}
