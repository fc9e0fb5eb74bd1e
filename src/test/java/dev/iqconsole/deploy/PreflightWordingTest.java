package dev.iqconsole.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.deploy.ObjectOutcome.State;
import dev.iqconsole.manifest.ManifestGenerator;
import dev.iqconsole.manifest.ManifestSet;
import dev.iqconsole.manifest.Monitoring;
import dev.iqconsole.manifest.Plans;
import dev.iqconsole.manifest.TargetPlatform;
import dev.iqconsole.profile.LatencyTargets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Check and apply against a real API server (the mock) that refuses, times out, lacks CRDs or is gone: every message
 * is a sentence naming the object, the cause in words and the fix, never a Java object or fabric8's own text.
 */
class PreflightWordingTest {

    MockCluster cluster;
    DeployService service;

    @BeforeEach
    void start() throws Exception {
        cluster = new MockCluster(Duration.ofSeconds(2));
        service = new DeployService(
                context -> cluster.client, new DeployHistory(TestDatabase.migrated()), Fixtures.ANYONE);
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
    }

    private static ManifestSet generated(TargetPlatform platform, Monitoring monitoring) {
        var plan = Plans.withMonitoring(Plans.onPlatform(Plans.gemmaOnL4(), platform), monitoring);
        return new ManifestGenerator(Clock.systemUTC()).generate(plan);
    }

    private static void assertPlainSentences(List<String> messages) {
        assertThat(messages)
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m)
                        .doesNotContain("GenericKubernetesResource(")
                        .doesNotContain("Operation: [")
                        .doesNotContain("Exception")
                        .matches("(?s).*[.?]$"));
    }

    @Test
    void with_monitoring_off_check_passes_on_a_plain_cluster_without_any_monitoring_crd() {
        cluster.dispatcher.servedGroups.remove("monitoring.googleapis.com");
        var set = generated(TargetPlatform.KUBERNETES, Monitoring.NONE);

        PreflightReport report = service.check(Fixtures.requestFor(set, Fixtures.TOKEN), set.objects());

        assertThat(report.canDeploy()).as(report.findings().toString()).isTrue();
        assertThat(report.findings()).noneMatch(f -> f.check().startsWith("API "));
    }

    @Test
    void a_plain_cluster_deploy_with_monitoring_off_reads_back_with_kubectl_as_generated() throws Exception {
        cluster.dispatcher.servedGroups.remove("monitoring.googleapis.com");
        var set = generated(TargetPlatform.KUBERNETES, Monitoring.NONE);

        ApplyResult result = service.deploy(Fixtures.requestFor(set, Fixtures.TOKEN), set.objects());

        assertThat(result.complete()).as(result.summary()).isTrue();
        String pod = ".spec.template.spec.containers[0]";
        assertThat(cluster.kubectl(
                        "get",
                        "deployment",
                        "gemma-2-27b-it-vllm-deployment",
                        "-n",
                        "default",
                        "-o",
                        "jsonpath={" + pod + ".resources.requests.cpu} {" + pod + ".resources.limits.memory} {" + pod
                                + ".resources.limits.ephemeral-storage} {" + pod + ".livenessProbe.httpGet.port} {"
                                + pod + ".securityContext.capabilities.drop[0]} {" + pod
                                + ".securityContext.seccompProfile.type}"))
                .isEqualTo("10 71Gi 71Gi http ALL RuntimeDefault");
        assertThat(cluster.kubectl(
                        "get",
                        "service",
                        "gemma-2-27b-it-vllm-service",
                        "-n",
                        "default",
                        "-o",
                        "jsonpath={.spec.ports[0].targetPort}"))
                .isEqualTo("http");
    }

    @Test
    void a_node_smaller_than_the_machine_type_the_pod_is_sized_for_fails_the_check_with_what_it_lacks() {
        node("small-l4", "7910m", "28Gi", "95Gi");
        var set = generated(TargetPlatform.GKE, Monitoring.POD_MONITORING); // 10 CPU, 71Gi, 71Gi on g2-standard-48

        PreflightReport small = service.check(Fixtures.requestFor(set, Fixtures.TOKEN), set.objects());

        assertThat(small.findings())
                .filteredOn(f -> f.check().equals("Node size"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.FAIL);
                    assertThat(f.sentence())
                            .isEqualTo("No node with nvidia-l4 can hold the pod's requests (10 cpu, 71 GiB memory, 71"
                                    + " GiB ephemeral-storage); the closest, small-l4, has 7.9 cpu allocatable, 28"
                                    + " GiB memory allocatable.");
                });

        node("large-l4", "47810m", "170Gi", "150Gi");
        PreflightReport large = service.check(Fixtures.requestFor(set, Fixtures.TOKEN), set.objects());
        assertThat(large.findings())
                .filteredOn(f -> f.check().equals("Node size"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.PASS);
                    assertThat(f.sentence()).startsWith("Node large-l4 can hold the pod's requests");
                });
    }

    private void node(String name, String cpu, String memory, String storage) {
        cluster.client
                .nodes()
                .resource(new io.fabric8.kubernetes.api.model.NodeBuilder()
                        .withNewMetadata()
                        .withName(name)
                        .addToLabels("cloud.google.com/gke-accelerator", "nvidia-l4")
                        .endMetadata()
                        .withNewStatus()
                        .addToAllocatable(java.util.Map.of(
                                "nvidia.com/gpu", new io.fabric8.kubernetes.api.model.Quantity("4"),
                                "cpu", new io.fabric8.kubernetes.api.model.Quantity(cpu),
                                "memory", new io.fabric8.kubernetes.api.model.Quantity(memory),
                                "ephemeral-storage", new io.fabric8.kubernetes.api.model.Quantity(storage)))
                        .endStatus()
                        .build())
                .create();
    }

    @Test
    void a_missing_crd_fails_the_check_and_the_apply_with_the_fix() throws Exception {
        cluster.dispatcher.servedGroups.remove("monitoring.googleapis.com");
        var set = generated(TargetPlatform.GKE, Monitoring.POD_MONITORING);
        var request = Fixtures.requestFor(set, Fixtures.TOKEN);

        PreflightReport report = service.check(request, set.objects());
        assertThat(report.findings())
                .filteredOn(f -> f.severity() == Severity.FAIL)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.sentence())
                            .isEqualTo("The cluster has no PodMonitoring API (monitoring.googleapis.com/v1): its CRD"
                                    + " is not installed.");
                    assertThat(f.fix()).endsWith("or choose Monitoring: None.");
                });

        // the namespace exists now, so the dry run reaches the PodMonitoring itself
        cluster.client.namespaces().resource(DeployObjects.namespace(request)).create();
        ApplyResult result = service.deploy(request, set.objects());
        assertThat(result.objects())
                .filteredOn(o -> o.state() == State.FAILED)
                .singleElement()
                .satisfies(o -> assertThat(o.message())
                        .startsWith("PodMonitoring default/gemma-2-27b-it-vllm-podmonitoring: ")
                        .contains("the cluster does not serve PodMonitoring (monitoring.googleapis.com/v1)")
                        .contains("choose Monitoring: None"));
        assertPlainSentences(
                result.objects().stream().map(ObjectOutcome::message).toList());
    }

    @Test
    void a_forbidden_or_silent_discovery_is_a_warning_not_a_missing_api() {
        cluster.dispatcher.faults.add(new ApiServerDispatcher.Fault(
                r -> r.getPath().startsWith("/apis/monitoring.googleapis.com"), 403, "forbidden", Duration.ZERO, null));
        cluster.dispatcher.faults.add(new ApiServerDispatcher.Fault(
                r -> r.getPath().startsWith("/apis/custom.metrics.k8s.io"),
                504,
                "request timed out",
                Duration.ZERO,
                null));
        var plan = Plans.withAutoscaling(
                Plans.gemmaOnL4(),
                new LatencyTargets(50.0, null, null),
                dev.iqconsole.manifest.Autoscaling.toMeetTarget(3, 20));
        var set = new ManifestGenerator(Clock.systemUTC()).generate(plan);

        PreflightReport report = service.check(Fixtures.requestFor(set, Fixtures.TOKEN), set.objects());

        assertThat(report.findings())
                .filteredOn(f -> f.check().startsWith("API PodMonitoring"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARN);
                    assertThat(f.sentence()).contains("is unknown").contains("forbidden (403)");
                });
        assertThat(report.findings())
                .filteredOn(f -> f.check().startsWith("Metrics API"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARN);
                    assertThat(f.sentence()).contains("timed out").doesNotContain("does not serve");
                    assertThat(f.fix()).doesNotContain("metrics-server");
                });
        assertPlainSentences(report.findings().stream().map(Finding::sentence).toList());
    }

    @Test
    void an_unreachable_cluster_is_one_sentence_with_the_fix() {
        var set = generated(TargetPlatform.GKE, Monitoring.POD_MONITORING);
        cluster.server.destroy();

        PreflightReport report = service.check(Fixtures.requestFor(set, Fixtures.TOKEN), set.objects());

        assertThat(report.canDeploy()).isFalse();
        assertThat(report.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.check()).isEqualTo("Cluster"));
        assertThat(report.summary())
                .startsWith("Context mock: nothing answers at http")
                .endsWith("(connection refused). Is the cluster running and the address right?");
        assertPlainSentences(List.of(report.summary()));
    }

    @Test
    void a_namespace_read_that_times_out_says_so_instead_of_fabric8s_operation_text() {
        cluster.dispatcher.faults.add(new ApiServerDispatcher.Fault(
                r -> r.getPath().startsWith("/api/v1/namespaces/default")
                        && r.getMethod().equals("GET"),
                ApiServerDispatcher.Fault.HOLD,
                "",
                Duration.ofSeconds(10),
                () -> {}));
        var set = generated(TargetPlatform.GKE, Monitoring.POD_MONITORING);

        PreflightReport report = service.check(Fixtures.requestFor(set, Fixtures.TOKEN), set.objects());

        assertThat(report.summary())
                .startsWith("Context mock did not answer in time (timed out): the API server http")
                .endsWith("(VPN, firewall, private endpoint?).");
    }
}
