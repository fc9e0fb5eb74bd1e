package dev.iqconsole.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.iqconsole.Application;
import dev.iqconsole.fixtures.PostgresServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A console shared by a team: two instances of the whole application on one PostgreSQL database, deploying to one
 * cluster. Each sees what the other did.
 */
class SharedHistoryTest {

    private static final String PROFILE = "gemma-2-9b-it / vllm 0.8.5 / nvidia-l4";

    @Test
    void two_consoles_on_one_postgresql_database_read_each_others_deploy_history() throws Exception {
        var database = PostgresServer.shared().newDatabase();
        try (var cluster = new MockCluster();
                var executor = Executors.newFixedThreadPool(2)) {
            // started together on the empty database, as a team's replicas may be (Flyway locks it while one migrates)
            var startingA = executor.submit(() -> console(database, cluster));
            var startingB = executor.submit(() -> console(database, cluster));
            try (var a = startingA.get();
                    var b = startingB.get()) {
                var consoleA = a.getBean(DeployService.class);
                var consoleB = b.getBean(DeployService.class);

                var deployed = consoleA.deploy(
                        Fixtures.request("models", "gemma", Fixtures.TOKEN), Fixtures.manifest("gemma"));
                var readByB = consoleB.historyEntry(deployed.historyId()).orElseThrow();
                assertThat(readByB)
                        .isEqualTo(consoleA.historyEntry(deployed.historyId()).orElseThrow());
                assertThat(readByB.action()).isEqualTo(HistoryEntry.Action.DEPLOY);
                assertThat(readByB.objects()).isEqualTo(deployed.objects());

                // B's delete names the profile of A's deploy, which it finds in the shared history
                var deleted = consoleB.delete(MockCluster.CONTEXT, "models", "gemma");
                assertThat(consoleA.history(10))
                        .extracting(HistoryEntry::id, HistoryEntry::action, HistoryEntry::profile)
                        .containsExactly(
                                tuple(deleted.historyId(), HistoryEntry.Action.DELETE, PROFILE),
                                tuple(deployed.historyId(), HistoryEntry.Action.DEPLOY, PROFILE));
                assertThat(consoleB.history(10)).isEqualTo(consoleA.history(10));

                // both writing at once: every entry gets its own id, and each console lists all of them
                var historyA = a.getBean(DeployHistory.class);
                var historyB = b.getBean(DeployHistory.class);
                var writingA = executor.submit(() -> checks(historyA, "from-a"));
                var writingB = executor.submit(() -> checks(historyB, "from-b"));
                var ids = new ArrayList<Long>(writingA.get());
                ids.addAll(writingB.get());
                assertThat(ids).doesNotHaveDuplicates().hasSize(40);
                assertThat(consoleA.history(100))
                        .extracting(HistoryEntry::id)
                        .containsAll(ids)
                        .hasSize(42)
                        .isEqualTo(consoleB.history(100).stream()
                                .map(HistoryEntry::id)
                                .toList());
            }
        }
    }

    /** The whole console, as {@code java -jar} starts it with the database set in its environment. */
    private static ConfigurableApplicationContext console(PostgresServer.Database database, MockCluster cluster) {
        var args = new ArrayList<String>();
        for (var property : database.springProperties()) {
            args.add("--" + property);
        }
        args.add("--server.port=0");
        args.add("--iqconsole.cluster.kubeconfig=" + cluster.kubeconfig);
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }

    private static List<Long> checks(DeployHistory history, String deployment) {
        return LongStream.range(0, 20)
                .mapToObj(i -> history.record(new HistoryEntry(
                        0,
                        Instant.now(),
                        HistoryEntry.Action.CHECK,
                        "someone",
                        MockCluster.CONTEXT,
                        "models",
                        deployment,
                        PROFILE,
                        "",
                        HistoryEntry.Outcome.SUCCEEDED,
                        "check " + i,
                        "",
                        "",
                        List.of())))
                .toList();
    }
}
