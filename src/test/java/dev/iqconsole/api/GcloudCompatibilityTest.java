package dev.iqconsole.api;

import static dev.iqconsole.fixtures.FixtureCatalog.GEMMA;
import static dev.iqconsole.fixtures.FixtureCatalog.GPT_OSS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.fixtures.FixtureCatalogContext;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The preinstalled gcloud's alpha {@code container ai profiles} commands (they call v1alpha1) against the running
 * console, asserting on what gcloud prints.
 */
@FixtureCatalogContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GcloudCompatibilityTest {

    private static final String[] PROFILES = {"alpha", "container", "ai", "profiles"};

    @LocalServerPort
    int port;

    private GcloudClient gcloud;

    @BeforeAll
    void configureGcloud() throws Exception {
        gcloud = GcloudClient.forServer(port);
    }

    @AfterAll
    void deleteGcloudConfig() throws Exception {
        if (gcloud != null) {
            gcloud.close();
        }
    }

    private GcloudClient.Result profiles(String... args) throws Exception {
        var result = gcloud.run(PROFILES, args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }

    /** gcloud prints list entries as {@code "- "} and the name, separated by a space. */
    @Test
    void models_list_prints_the_models_that_have_profiles() throws Exception {
        assertThat(profiles("models", "list").out())
                .isEqualTo("Supported models:\n-  " + GEMMA + "\n-  " + GPT_OSS + "\n");
    }

    @Test
    void model_servers_and_versions_list_print_ours_newest_version_first() throws Exception {
        assertThat(profiles("model-servers", "list", "--model=" + GPT_OSS).out())
                .isEqualTo("Supported model servers:\n-  vllm\n");
        assertThat(profiles("model-server-versions", "list", "--model=" + GPT_OSS, "--model-server=vllm")
                        .out())
                .isEqualTo("Supported model server versions:\n-  v0.10.1\n-  nightly-20250801\n-  v0.7.2\n");
    }

    @Test
    void model_and_server_combinations_list_prints_a_table_of_every_version() throws Exception {
        List<String> lines =
                profiles("model-and-server-combinations", "list").out().lines().toList();

        assertThat(words(lines.getFirst())).containsExactly("MODEL_NAME", "MODEL_SERVER_NAME", "MODEL_SERVER_VERSION");
        assertThat(lines.subList(1, lines.size()))
                .map(GcloudCompatibilityTest::words)
                .containsExactly(
                        List.of(GEMMA, "vllm", "v0.7.2"),
                        List.of(GPT_OSS, "vllm", "v0.10.1"),
                        List.of(GPT_OSS, "vllm", "nightly-20250801"),
                        List.of(GPT_OSS, "vllm", "v0.7.2"));
    }

    @Test
    void accelerators_list_without_a_target_prints_each_profile_at_its_inflection_point() throws Exception {
        List<String> lines = profiles("accelerators", "list", "--model=" + GEMMA)
                .out()
                .lines()
                .toList();

        assertThat(words(lines.getFirst()))
                .containsExactly(
                        "ACCELERATOR_TYPE",
                        "MODEL_NAME",
                        "MODEL_SERVER_NAME",
                        "MODEL_SERVER_VERSION",
                        "ACCELERATOR_COUNT",
                        "OUTPUT_TOKENS_PER_SECOND",
                        "NTPOT_MILLISECONDS");
        assertThat(lines.subList(1, lines.size()))
                .map(GcloudCompatibilityTest::words)
                .containsExactly(
                        List.of("nvidia-h100-80gb", GEMMA, "vllm", "v0.7.2", "1", "2050", "67"),
                        List.of("nvidia-l4", GEMMA, "vllm", "v0.7.2", "4", "425", "1085"),
                        List.of("nvidia-tesla-a100", GEMMA, "vllm", "v0.7.2", "2", "1243", "70"));
    }

    @Test
    void accelerators_list_with_max_ntpot_drops_profiles_that_cannot_meet_it_and_reads_the_rest_at_it()
            throws Exception {
        List<String> lines = profiles("accelerators", "list", "--model=" + GEMMA, "--max-ntpot-milliseconds=100")
                .out()
                .lines()
                .toList();

        assertThat(lines.subList(1, lines.size()))
                .map(GcloudCompatibilityTest::words)
                .containsExactly(
                        List.of("nvidia-h100-80gb", GEMMA, "vllm", "v0.7.2", "1", "2052", "100"),
                        List.of("nvidia-tesla-a100", GEMMA, "vllm", "v0.7.2", "2", "1296", "100"));
    }

    @Test
    void accelerators_list_with_an_unreachable_target_lists_nothing() throws Exception {
        var result = profiles("accelerators", "list", "--model=" + GEMMA, "--max-ntpot-milliseconds=20");

        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Listed 0 items.");
    }

    @Test
    void an_unknown_model_reaches_gcloud_as_not_found_with_our_message() throws Exception {
        var result = gcloud.run("alpha", "container", "ai", "profiles", "model-servers", "list", "--model=acme/nope");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .contains("NOT_FOUND: model: 'acme/nope' is not known. Known values: " + GEMMA + ", " + GPT_OSS);
    }

    private static List<String> words(String line) {
        return List.of(line.trim().split("\\s+"));
    }
}
