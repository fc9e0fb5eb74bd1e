package dev.iqconsole.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A delete names what it deleted in the history, even when the console's history has no deploy of it. */
class DeleteHistoryTest {

    MockCluster cluster;
    DeployService service;

    @BeforeEach
    void start() throws Exception {
        cluster = new MockCluster();
        service = new DeployService(context -> cluster.client, new DeployHistory(TestDatabase.migrated()));
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
    }

    @Test
    void a_workload_deployed_elsewhere_is_recorded_with_the_profile_its_labels_give() {
        // e.g. deployed by another console instance, or before the history was reset
        var request = Fixtures.request("models", "gemma", null);
        DeployObjects.prepare(request, Fixtures.manifest("gemma"), false).stream()
                .filter(o -> !o.getKind().equals("PodMonitoring"))
                .forEach(o -> cluster.client.resource(o).create());

        ApplyResult deleted = service.delete(MockCluster.CONTEXT, "models", "gemma");

        HistoryEntry row = service.historyEntry(deleted.historyId()).orElseThrow();
        assertThat(row)
                .extracting(HistoryEntry::action, HistoryEntry::profile, HistoryEntry::targets, HistoryEntry::outcome)
                .containsExactly("DELETE", "gemma-2-9b-it / vllm / nvidia-l4", "", "SUCCEEDED");
        assertThat(row.objects())
                .extracting(ObjectOutcome::kind)
                .containsExactlyInAnyOrder("HorizontalPodAutoscaler", "Service", "Deployment");
    }
}
