package dev.iqconsole.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.iqconsole.deploy.ObjectOutcome.State;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Faults of a real API server during apply: every one gives a clear message and an accurate history row. */
class ApplyFaultsTest {

    MockCluster cluster;
    DeployService service;

    @BeforeEach
    void start() throws Exception {
        cluster = new MockCluster(Duration.ofSeconds(3)); // the timeout tests hold answers for longer
        service = new DeployService(
                context -> cluster.client, new DeployHistory(TestDatabase.migrated()), Fixtures.ANYONE);
        // the namespace exists, so the dry run covers every object
        cluster.client
                .namespaces()
                .resource(DeployObjects.namespace(Fixtures.request("models", "gemma", null)))
                .create();
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
    }

    static Predicate<RecordedRequest> applyOf(String plural) {
        return r -> r.getMethod().equals("PATCH")
                && r.getPath().contains("/" + plural + "/")
                && !r.getPath().contains("dryRun");
    }

    @ParameterizedTest(name = "{0} on the Service")
    @CsvSource({
        "403, 'services \"gemma\" is forbidden: User \"dev\" cannot patch resource', permission denied (403 Forbidden)",
        "409, 'Apply failed with 1 conflict: conflict with \"helm\"', conflict (409)",
        "422, 'Service \"gemma\" is invalid: spec.ports[0].port: Invalid value: 0', rejected the object as invalid (422)",
        "500, 'etcdserver: request timed out', internal error (500)"
    })
    void a_failing_object_stops_the_deploy_and_the_result_says_what_was_applied(int code, String reason, String words) {
        cluster.dispatcher.faults.add(
                new ApiServerDispatcher.Fault(applyOf("services"), code, reason, Duration.ZERO, null));

        ApplyResult result = service.deploy(Fixtures.request("models", "gemma", null), Fixtures.manifest("gemma"));

        assertThat(result.objects())
                .extracting(ObjectOutcome::kind, ObjectOutcome::state)
                .containsExactly(
                        tuple("Deployment", State.APPLIED),
                        tuple("Service", State.FAILED),
                        tuple("PodMonitoring", State.NOT_APPLIED),
                        tuple("HorizontalPodAutoscaler", State.NOT_APPLIED));
        assertThat(result.objects().get(1).message())
                .startsWith("Service models/gemma-service: ")
                .contains(words);
        assertThat(result.summary())
                .startsWith("Partly deployed: 1 of 4 objects were applied and 3 were not.")
                .endsWith("Retry to apply the rest, or remove what was applied.");
        HistoryEntry row = service.historyEntry(result.historyId()).orElseThrow();
        assertThat(row.outcome()).isEqualTo(HistoryEntry.Outcome.PARTIAL);
        assertThat(row.objects()).isEqualTo(result.objects());
        assertThat(cluster.client
                        .services()
                        .inNamespace("models")
                        .withName("gemma-service")
                        .get())
                .isNull();

        cluster.dispatcher.faults.clear();
        ApplyResult retried = service.retry(Fixtures.request("models", "gemma", null), Fixtures.manifest("gemma"));
        assertThat(retried.complete()).as(retried.summary()).isTrue();
        assertThat(service.historyEntry(retried.historyId()).orElseThrow())
                .extracting(HistoryEntry::action, HistoryEntry::outcome)
                .containsExactly(HistoryEntry.Action.RETRY, HistoryEntry.Outcome.SUCCEEDED);
    }

    @Test
    void an_object_the_dry_run_rejects_changes_nothing() {
        cluster.dispatcher.faults.add(new ApiServerDispatcher.Fault(
                r -> r.getPath().contains("/horizontalpodautoscalers/")
                        && r.getPath().contains("dryRun=All"),
                422,
                "HorizontalPodAutoscaler.autoscaling \"gemma\" is invalid: spec.maxReplicas: Invalid value: 0",
                Duration.ZERO,
                null));

        ApplyResult result = service.deploy(Fixtures.request("models", "gemma", null), Fixtures.manifest("gemma"));

        assertThat(result.applied()).isEmpty();
        assertThat(result.summary())
                .startsWith("Nothing was deployed: HorizontalPodAutoscaler models/gemma-hpa: the cluster"
                        + " rejected the object as invalid (422)")
                .endsWith("The cluster was not changed.");
        assertThat(cluster.client
                        .apps()
                        .deployments()
                        .inNamespace("models")
                        .list()
                        .getItems())
                .isEmpty();
        assertThat(service.history(1).getFirst().outcome()).isEqualTo(HistoryEntry.Outcome.FAILED);
    }

    @Test
    void a_timeout_is_reported_as_such() {
        cluster.dispatcher.faults.add(
                new ApiServerDispatcher.Fault(applyOf("services"), 200, "", Duration.ofSeconds(5), null));

        ApplyResult result = service.deploy(Fixtures.request("models", "gemma", null), Fixtures.manifest("gemma"));

        assertThat(result.objects().get(1).state()).isEqualTo(State.FAILED);
        assertThat(result.objects().get(1).message()).contains("did not answer in time (timeout)");
        assertThat(service.historyEntry(result.historyId()).orElseThrow().outcome())
                .isEqualTo(HistoryEntry.Outcome.PARTIAL);
    }

    @Test
    void the_server_going_away_mid_apply_is_reported_and_recorded() {
        // The server goes away while it handles the Service's apply. The shutdown used to start when the Deployment's
        // apply arrived, racing with that answer (the Deployment then failed) and with the Service's request (which
        // then got through). Started by the Service's own request, whose answer is held back, the order is fixed:
        // the Deployment's answer is already with the console, the Service's can never come.
        cluster.dispatcher.faults.add(ApiServerDispatcher.Fault.serverGoesAway(applyOf("services"), cluster.server));

        ApplyResult result = service.deploy(Fixtures.request("models", "gemma", null), Fixtures.manifest("gemma"));

        assertThat(result.objects())
                .extracting(ObjectOutcome::state)
                .containsExactly(State.APPLIED, State.FAILED, State.NOT_APPLIED, State.NOT_APPLIED);
        assertThat(result.objects().get(1).message())
                .as(result.objects().get(1).message())
                .satisfiesAnyOf(
                        m -> assertThat(m).contains("the connection to the API server was lost"),
                        m -> assertThat(m).contains("did not answer in time (timeout)"));
        HistoryEntry row = service.historyEntry(result.historyId()).orElseThrow();
        assertThat(row.outcome()).isEqualTo(HistoryEntry.Outcome.PARTIAL);
        assertThat(row.objects()).isEqualTo(result.objects());
    }

    @Test
    void a_server_that_is_gone_is_reported_and_nothing_is_marked_applied() {
        cluster.server.destroy();

        ApplyResult result = service.deploy(Fixtures.request("models", "gemma", null), Fixtures.manifest("gemma"));

        assertThat(result.applied()).isEmpty();
        assertThat(result.objects().getFirst().message())
                .startsWith("Context mock: nothing answers at http")
                .contains("(connection refused)")
                .endsWith("Nothing was applied.")
                .doesNotContain("Operation: [");
        assertThat(service.historyEntry(result.historyId()).orElseThrow().outcome())
                .isEqualTo(HistoryEntry.Outcome.FAILED);
    }

    @Test
    void removal_deletes_what_a_partial_deploy_applied_and_keeps_shared_objects() {
        cluster.dispatcher.faults.add(
                new ApiServerDispatcher.Fault(applyOf("services"), 403, "forbidden", Duration.ZERO, null));
        var request = Fixtures.request("models", "gemma", Fixtures.TOKEN);
        ApplyResult partial = service.deploy(request, Fixtures.manifest("gemma"));
        assertThat(partial.applied()).extracting(ObjectOutcome::kind).containsExactly("Secret", "Deployment");

        ApplyResult removed = service.remove(request, Fixtures.manifest("gemma"), partial);

        assertThat(removed.objects())
                .extracting(ObjectOutcome::kind, ObjectOutcome::state)
                .containsExactly(tuple("Deployment", State.DELETED), tuple("Secret", State.KEPT));
        assertThat(cluster.client
                        .apps()
                        .deployments()
                        .inNamespace("models")
                        .withName("gemma-deployment")
                        .get())
                .isNull();
    }
}
