package dev.iqconsole.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link DeployService#watch} and {@link DeployService#logs} against the mock API server on real HTTP. */
class RolloutWatchTest {

    MockCluster cluster;
    DeployService service;

    @BeforeEach
    void start() throws Exception {
        cluster = new MockCluster();
        service = new DeployService(
                context -> cluster.client, new DeployHistory(TestDatabase.migrated()), Fixtures.ANYONE);
        var result = service.deploy(Fixtures.request("models", "gemma", null), Fixtures.manifest("gemma"));
        assertThat(result.complete()).as(result.summary()).isTrue();
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
    }

    @Test
    void watch_reports_each_change_until_the_rollout_is_available() throws Exception {
        List<RolloutStatus> seen = new CopyOnWriteArrayList<>();
        var progressingSeen = new CountDownLatch(1);
        // the rollout completes once the watch has reported it progressing: no guess at the watch's poll interval
        Thread.ofVirtual().start(() -> {
            await(progressingSeen);
            cluster.client
                    .apps()
                    .deployments()
                    .inNamespace("models")
                    .withName("gemma-deployment")
                    .editStatus(d -> {
                        d.setStatus(new io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder()
                                .withReplicas(1)
                                .withReadyReplicas(1)
                                .withAvailableReplicas(1)
                                .build());
                        return d;
                    });
        });

        RolloutStatus last = service.watch("mock", "models", "gemma", Duration.ofSeconds(20), status -> {
            seen.add(status);
            progressingSeen.countDown();
        });

        assertThat(last.phase()).isEqualTo(RolloutStatus.Phase.AVAILABLE);
        assertThat(last.sentence()).isEqualTo("1 of 1 replicas ready: the model server is serving.");
        assertThat(seen)
                .extracting(RolloutStatus::phase)
                .containsExactly(RolloutStatus.Phase.PROGRESSING, RolloutStatus.Phase.AVAILABLE);
    }

    @Test
    void watch_stops_at_the_timeout_while_the_rollout_still_progresses() throws Exception {
        List<RolloutStatus> seen = new CopyOnWriteArrayList<>();

        RolloutStatus last = service.watch("mock", "models", "gemma", Duration.ofMillis(500), seen::add);

        assertThat(last.phase()).isEqualTo(RolloutStatus.Phase.PROGRESSING);
        assertThat(seen).singleElement().isEqualTo(last);
    }

    @Test
    void logs_are_the_last_lines_of_the_pod_or_a_sentence_when_it_is_gone() {
        cluster.client
                .pods()
                .inNamespace("models")
                .resource(new PodBuilder()
                        .withNewMetadata()
                        .withName("gemma-abc")
                        .withNamespace("models")
                        .addToLabels("app", "gemma")
                        .endMetadata()
                        .build())
                .create();
        cluster.dispatcher.podLogs.put(
                "models/gemma-abc", "line 1\nline 2\nline 3\nINFO: Application startup complete.");

        assertThat(service.podNames("mock", "models", "gemma")).containsExactly("gemma-abc");
        PodLog log = service.logs("mock", "models", "gemma-abc", 2);
        assertThat(log.restarted()).isFalse();
        assertThat(log.current()).containsExactly("line 3", "INFO: Application startup complete.");
        assertThat(cluster.dispatcher.requests)
                .anyMatch(r ->
                        r.startsWith("GET /api/v1/namespaces/models/pods/gemma-abc/log") && r.contains("tailLines=2"));
        assertThat(service.logs("mock", "models", "gone-pod", 10).current())
                .containsExactly("(pod gone-pod no longer exists)");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
