package dev.iqconsole.api;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the installed {@code gcloud} against our server, in a throwaway configuration folder so the user's own
 * gcloud setup is neither read nor changed. The endpoint override needs the scheme and a trailing slash
 * ({@code http://127.0.0.1:PORT/}): found by experiment with gcloud 528, without the slash or the scheme gcloud
 * reaches nothing and prints nothing; a path after the port is kept as a prefix. Closing it deletes the folder.
 */
final class GcloudClient implements AutoCloseable {

    record Result(int exitCode, String out, String err) {}

    private final Path folder;
    private final Path config;

    private GcloudClient(Path folder, Path config) {
        this.folder = folder;
        this.config = config;
    }

    /** Skips when gcloud is missing, unless {@code IQC_REQUIRE_REAL_CLIENTS=true} (CI), where it fails. */
    static GcloudClient forServer(int port) throws IOException {
        boolean present = onPath("gcloud");
        if (!present && "true".equals(System.getenv("IQC_REQUIRE_REAL_CLIENTS"))) {
            fail("gcloud is not installed, and IQC_REQUIRE_REAL_CLIENTS=true says these tests must run");
        }
        assumeTrue(present, "gcloud is not installed: skipping the gcloud compatibility tests");
        Path folder = Files.createTempDirectory("iqc-gcloud");
        Path config = folder.resolve("gcloud-config");
        Files.createDirectories(config.resolve("configurations"));
        Files.writeString(config.resolve("active_config"), "default");
        Files.writeString(config.resolve("configurations/config_default"), """
                [core]
                project = iqc-test-project
                disable_usage_reporting = true
                [auth]
                disable_credentials = true
                [component_manager]
                disable_update_check = true
                [api_endpoint_overrides]
                gkerecommender = http://127.0.0.1:%d/
                """.formatted(port));
        return new GcloudClient(folder, config);
    }

    /** A throwaway folder for files a command writes (deleted on close). */
    Path folder() {
        return folder;
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code gcloud <command...> <args...>}. */
    Result run(String[] command, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("gcloud"));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        builder.environment().put("CLOUDSDK_CONFIG", config.toString());
        builder.environment().put("CLOUDSDK_CORE_DISABLE_PROMPTS", "1");
        Path out = Files.createTempFile(config, "out", ".txt");
        Path err = Files.createTempFile(config, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("gcloud " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
