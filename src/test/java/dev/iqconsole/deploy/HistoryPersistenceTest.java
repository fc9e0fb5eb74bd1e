package dev.iqconsole.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.fixtures.PostgresServer;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The history lives in a database the console opens again at every start: an H2 file by default, or a team's
 * PostgreSQL. A console started again over the same database shows the same entries, whole.
 */
class HistoryPersistenceTest {

    @TempDir
    Path dir;

    @Test
    void history_written_before_a_restart_is_read_back_whole_after_it() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("console").toAbsolutePath();
        // the data source opens a connection per statement: with the last one closed, H2 has closed the file
        assertHistorySurvivesARestart(() -> JdbcClient.create(TestDatabase.dataSource(url)));
    }

    @Test
    void on_postgresql_history_written_before_a_restart_is_read_back_whole_after_it() throws Exception {
        var database = PostgresServer.shared().newDatabase();
        assertHistorySurvivesARestart(() -> JdbcClient.create(TestDatabase.dataSource(database)));
    }

    /** Each call of {@code database} is a console's start: Flyway migrates (a no-op the second time). */
    private static void assertHistorySurvivesARestart(Supplier<JdbcClient> database) throws Exception {
        ApplyResult deployed;
        ApplyResult deleted;
        HistoryEntry before;
        try (var cluster = new MockCluster()) {
            var service =
                    new DeployService(context -> cluster.client, new DeployHistory(database.get()), Fixtures.ANYONE);
            deployed = service.deploy(Fixtures.request("models", "gemma", Fixtures.TOKEN), Fixtures.manifest("gemma"));
            deleted = service.delete(MockCluster.CONTEXT, "models", "gemma");
            before = service.historyEntry(deployed.historyId()).orElseThrow();
        }

        var restarted = new DeployHistory(database.get());

        assertThat(restarted.find(deployed.historyId())).contains(before);
        assertThat(before.objects()).isEqualTo(deployed.objects());
        assertThat(before.appliedYaml()).contains("kind: Deployment").doesNotContain(Fixtures.TOKEN);
        assertThat(restarted.recent(10))
                .extracting(HistoryEntry::id, HistoryEntry::action, HistoryEntry::profile)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                deleted.historyId(),
                                HistoryEntry.Action.DELETE,
                                "gemma-2-9b-it / vllm 0.8.5 / nvidia-l4"),
                        org.assertj.core.groups.Tuple.tuple(
                                deployed.historyId(),
                                HistoryEntry.Action.DEPLOY,
                                "gemma-2-9b-it / vllm 0.8.5 / nvidia-l4"));
        assertThat(restarted.recent(10))
                .as("the list leaves the YAML to the one entry opened")
                .extracting(HistoryEntry::appliedYaml, HistoryEntry::generatedYaml)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("", ""));
        assertThat(restarted.find(deleted.historyId()).orElseThrow().objects())
                .extracting(ObjectOutcome::state)
                .containsOnly(ObjectOutcome.State.DELETED)
                .hasSize(4);
        // the tables hold the states as the text every console version wrote and reads: the enums' names
        assertThat(database.get()
                        .sql("SELECT action, outcome FROM deploy_history ORDER BY id")
                        .query((rs, n) -> rs.getString("action") + " " + rs.getString("outcome"))
                        .list())
                .containsExactly("DEPLOY SUCCEEDED", "DELETE SUCCEEDED");
    }
}
