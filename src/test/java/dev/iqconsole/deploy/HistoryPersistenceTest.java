package dev.iqconsole.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The history lives in an H2 file: a console started again over the same file shows the same entries. */
class HistoryPersistenceTest {

    @TempDir
    Path dir;

    @Test
    void history_written_before_a_restart_is_read_back_whole_after_it() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("console").toAbsolutePath();
        ApplyResult deployed;
        ApplyResult deleted;
        HistoryEntry before;
        try (var cluster = new MockCluster()) {
            var service = new DeployService(context -> cluster.client, new DeployHistory(database(url)));
            deployed = service.deploy(Fixtures.request("models", "gemma", Fixtures.TOKEN), Fixtures.manifest("gemma"));
            deleted = service.delete(MockCluster.CONTEXT, "models", "gemma");
            before = service.historyEntry(deployed.historyId()).orElseThrow();
        }
        // the data source opens a connection per statement: with the last one closed, H2 has closed the file

        var restarted = new DeployHistory(database(url));

        assertThat(restarted.find(deployed.historyId())).contains(before);
        assertThat(before.objects()).isEqualTo(deployed.objects());
        assertThat(before.appliedYaml()).contains("kind: \"Deployment\"").doesNotContain(Fixtures.TOKEN);
        assertThat(restarted.recent(10))
                .extracting(HistoryEntry::id, HistoryEntry::action, HistoryEntry::profile)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                deleted.historyId(), "DELETE", "gemma-2-9b-it / vllm 0.8.5 / nvidia-l4"),
                        org.assertj.core.groups.Tuple.tuple(
                                deployed.historyId(), "DEPLOY", "gemma-2-9b-it / vllm 0.8.5 / nvidia-l4"));
        assertThat(restarted.recent(10))
                .as("the list leaves the YAML to the one entry opened")
                .extracting(HistoryEntry::appliedYaml, HistoryEntry::generatedYaml)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("", ""));
        assertThat(restarted.find(deleted.historyId()).orElseThrow().objects())
                .extracting(ObjectOutcome::state)
                .containsOnly(ObjectOutcome.State.DELETED)
                .hasSize(4);
    }

    /** As at every start of the console: Flyway migrates (a no-op the second time), then the history is read. */
    private static JdbcClient database(String url) {
        return JdbcClient.create(TestDatabase.dataSource(url));
    }
}
