package dev.iqconsole.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.deploy.MockCluster;
import dev.iqconsole.fixtures.ConsoleCluster;
import dev.iqconsole.fixtures.ConsoleContext;
import dev.iqconsole.fixtures.GridColumns;
import dev.iqconsole.profile.BenchmarkCsv;
import dev.iqconsole.profile.BenchmarkQuery;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileService;
import dev.iqconsole.profile.ui.GlanceRow;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * One row, one label: the same profile row reads {@code published} or {@code modeled} alike on the catalog, the model
 * page, the deploy page, the profiles explorer, the CSV exports and the API's comments, each read as a user or
 * client reads it (rendered components, CSV cells, JSON over HTTP), against the real catalog.
 */
@ConsoleContext
@ViewPackages(packages = "dev.iqconsole")
class DataLabelsAgreeTest extends SpringBrowserlessTest {

    private static final String GPT_OSS = "openai/gpt-oss-20b";
    private static final String H100 = "a3-highgpu-1g";
    /** GIQ's published gpt-oss-20b point (its source names no vLLM version) and the v0.12.0 curve modeled from it. */
    private static final Map<String, String> GPT_OSS_ON_H100 = Map.of("unstated", "published", "v0.12.0", "modeled");

    static final MockCluster CLUSTER = ConsoleCluster.start();

    @AfterAll
    static void stop() throws Exception {
        CLUSTER.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper mapper;

    @Autowired
    Catalog catalog;

    @Autowired
    ProfileService profiles;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_published_gpt_oss_row_and_its_modeled_sibling_carry_their_label_on_every_surface() throws Exception {
        assertThat(catalogTags(GPT_OSS)).contains("Optimized");

        Map<String, String> modelPage = modelPageLabels(GPT_OSS, H100);
        assertThat(modelPage).containsAllEntriesOf(GPT_OSS_ON_H100);

        for (var row : GPT_OSS_ON_H100.entrySet()) {
            String version = row.getKey();
            String label = row.getValue();
            assertThat(deployPageLabel(GPT_OSS, version))
                    .as("deploy page, " + version)
                    .isEqualTo(label);
            assertThat(deployAlternativeLabel(H100))
                    .as("deploy alternatives, " + version)
                    .isEqualTo(label);
            assertThat(explorerLabel(GPT_OSS, version, H100))
                    .as("profiles explorer, " + version)
                    .isEqualTo(label);
            assertThat(explorerCsvLabel(H100)).as("explorer CSV, " + version).isEqualTo(label);
            assertThat(benchmarksCsvInflectionLabel(GPT_OSS, version, H100))
                    .as("benchmarks CSV, " + version)
                    .isEqualTo(label);
        }
        Set<String> publishedInApi = apiPublishedRows(GPT_OSS);
        assertThat(publishedInApi).contains("vllm unstated, " + H100).doesNotContain("vllm v0.12.0, " + H100);
    }

    @Test
    void the_unstated_version_is_shown_as_published_and_the_deployed_version_is_said_in_words() {
        deployPageLabel(GPT_OSS, "unstated");

        assertThat(text("data-basis"))
                .startsWith("These figures are published: GKE Inference Quickstart docs page")
                .contains("the source does not state the vllm version")
                .contains("GIQ published $0.035/M output tokens")
                .endsWith("Deploy uses vllm v0.12.0 (vllm/vllm-openai:v0.12.0).");
        assertThat(text("operating-point")).contains("/h (us-central1, 2026-07-30");
        assertThat(text("metric-usd-hour")).endsWith("/h");
    }

    @Test
    void the_modeled_gpt_oss_row_reads_the_same_dollars_on_the_model_page_the_deploy_page_and_the_explorer() {
        Map<String, String> modelPage = modelPageDollars(GPT_OSS, "v0.12.0", H100);
        Map<String, String> explorer = explorerDollars(GPT_OSS, "v0.12.0", H100);
        deployPageLabel(GPT_OSS, "v0.12.0");

        assertThat(modelPage.get("$/M output")).startsWith("$0.1"); // a real cost, not "n/a"
        assertThat(explorer).isEqualTo(modelPage);
        assertThat(text("metric-usd-out")).endsWith(modelPage.get("$/M output"));
        assertThat(text("metric-usd-in")).endsWith(modelPage.get("$/M input"));
        assertThat(text("metric-usd-hour")).endsWith(modelPage.get("Machine $/hour"));
    }

    @Test
    void every_model_is_tagged_optimized_on_the_catalog_exactly_when_its_page_and_the_api_show_a_published_row()
            throws Exception {
        Set<String> tagged = new TreeSet<>();
        for (var model : catalog.models()) {
            boolean tag = catalogTags(model.id()).contains("Optimized");
            boolean page = modelPageLabels(model.id(), null).containsValue("published");
            boolean api = !apiPublishedRows(model.id()).isEmpty();
            assertThat(List.of(tag, page, api)).as(model.id()).containsOnly(tag);
            if (tag) {
                tagged.add(model.id());
            }
        }
        assertThat(tagged)
                .containsExactly(
                        "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", "google/gemma-2-27b-it", "openai/gpt-oss-20b");
    }

    // the catalog

    private List<String> catalogTags(String modelId) {
        UI.getCurrent().navigate("");
        var card = find(Card.class).withAttribute("data-model", modelId).single();
        return find(Span.class, card).withClassName("iqc-tag").all().stream()
                .map(Span::getText)
                .toList();
    }

    // the model page: version to label of the rows on the machine type (all rows when null)

    @SuppressWarnings("unchecked")
    private Map<String, String> modelPageLabels(String modelId, String machineType) {
        UI.getCurrent().navigate("models/" + modelId);
        Map<String, String> labels = new HashMap<>();
        if (!find(Grid.class).withId("model-profiles").exists()) {
            return labels;
        }
        // a row lists every server that shares its curve: each version gets the row's label
        Grid<GlanceRow> grid = find(Grid.class).id("model-profiles");
        var tester = test(grid);
        int data = GridColumns.index(grid, "Data");
        for (int row = 0; row < tester.size(); row++) {
            String label = ((Span) tester.getCellComponent(row, data)).getText();
            for (Profile profile : tester.getRow(row).profiles()) {
                if (machineType == null || profile.key().machineType().equals(machineType)) {
                    labels.put(profile.key().serverVersion() + (machineType == null ? " " + row : ""), label);
                }
            }
        }
        return labels;
    }

    private static final List<String> DOLLAR_COLUMNS = List.of("$/M output", "$/M input", "Machine $/hour");

    /** The dollar cells of the model page's row holding the version on the machine type. */
    @SuppressWarnings("unchecked")
    private Map<String, String> modelPageDollars(String modelId, String version, String machineType) {
        UI.getCurrent().navigate("models/" + modelId);
        Grid<GlanceRow> grid = find(Grid.class).id("model-profiles");
        var tester = test(grid);
        for (int row = 0; row < tester.size(); row++) {
            Profile first = tester.getRow(row).first();
            boolean holds = tester.getRow(row).profiles().stream()
                    .anyMatch(p -> p.key().serverVersion().equals(version));
            if (holds && first.key().machineType().equals(machineType)) {
                return dollars(grid, tester::getCellText, row);
            }
        }
        throw new AssertionError("no " + version + " row on " + machineType + " on the model page");
    }

    /** The dollar cells of the explorer's row of the vLLM version on the machine type. */
    @SuppressWarnings("unchecked")
    private Map<String, String> explorerDollars(String modelId, String version, String machineType) {
        explorerLabel(modelId, version, machineType);
        Grid<Profile> grid = find(Grid.class).id("profiles-table");
        var tester = test(grid);
        for (int row = 0; row < tester.size(); row++) {
            if (tester.getRow(row).key().machineType().equals(machineType)) {
                return dollars(grid, tester::getCellText, row);
            }
        }
        throw new AssertionError("no " + machineType + " row in the explorer");
    }

    private static Map<String, String> dollars(
            Grid<?> grid, java.util.function.BiFunction<Integer, Integer, String> cell, int row) {
        Map<String, String> cells = new HashMap<>();
        for (String header : DOLLAR_COLUMNS) {
            cells.put(header, cell.apply(row, GridColumns.index(grid, header)));
        }
        return cells;
    }

    // the deploy page

    @SuppressWarnings("unchecked")
    private String deployPageLabel(String modelId, String version) {
        UI.getCurrent().navigate("deploy/" + modelId);
        test(find(Select.class).id("model-server")).selectItem("vllm");
        Select<String> versions = find(Select.class).id("server-version");
        test(versions).selectItem(version);
        find(Select.class).id("machine-type").setValue(H100);
        return text("provenance");
    }

    private String deployAlternativeLabel(String machineType) {
        var table = find(DeployAlternatives.class).id("alternatives");
        List<String> headers = table.getElement()
                .getChild(0)
                .getChild(0)
                .getChildren()
                .map(Element::getTextRecursively)
                .toList();
        Element row = table.getElement()
                .getChild(1)
                .getChildren()
                .filter(r -> machineType.equals(r.getAttribute("data-machine-type")))
                .findFirst()
                .orElseThrow();
        return row.getChild(headers.indexOf("Data")).getTextRecursively();
    }

    // the profiles explorer and its CSV

    @SuppressWarnings("unchecked")
    private String explorerLabel(String modelId, String version, String machineType) {
        UI.getCurrent().navigate("profiles", QueryParameters.of("model", modelId));
        test(find(Select.class).id("profile-server")).selectItem("vllm");
        test(find(Select.class).id("profile-server-version")).selectItem(version);
        Grid<Profile> grid = find(Grid.class).id("profiles-table");
        var tester = test(grid);
        for (int row = 0; row < tester.size(); row++) {
            if (tester.getRow(row).key().machineType().equals(machineType)) {
                return tester.getCellText(row, GridColumns.index(grid, "Data"));
            }
        }
        throw new AssertionError("no " + machineType + " row in the explorer");
    }

    /** The explorer's export is the CSV of the rows its table shows. */
    @SuppressWarnings("unchecked")
    private String explorerCsvLabel(String machineType) {
        Grid<Profile> grid = find(Grid.class).id("profiles-table");
        String csv = BenchmarkCsv.profiles(grid.getGenericDataView().getItems().toList());
        return csvLabel(csv, machineType, null);
    }

    /** The benchmark points export: the curve's inflection point is the profile's row. */
    private String benchmarksCsvInflectionLabel(String modelId, String version, String machineType) {
        String csv =
                profiles.benchmarksCsv(new BenchmarkQuery(modelId, "vllm", version, machineType, null, null, null));
        var curve = profiles.benchmarks(new BenchmarkQuery(modelId, "vllm", version, machineType, null, null, null))
                .getFirst()
                .curve();
        long tokensPerSecond = Math.round(curve.inflection().outputTokensPerSecond());
        return csvLabel(csv, machineType, Long.toString(tokensPerSecond));
    }

    /** The Data cell (after gcloud's 17 columns and the price's three) of the machine type's row. */
    private static String csvLabel(String csv, String machineType, String outputTokensPerSecond) {
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        int data = header.indexOf("Data");
        return csv.lines()
                .skip(1)
                .map(line -> line.split(",", -1))
                .filter(cells -> cells[0].equals(machineType))
                .filter(cells -> outputTokensPerSecond == null || cells[5].equals(outputTokensPerSecond))
                .map(cells -> cells[data])
                .findFirst()
                .orElseThrow();
    }

    // the API

    /** "server version, machine type" of each row the API's comment names as published. */
    private Set<String> apiPublishedRows(String modelId) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/profiles:fetch"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"model\":\"" + modelId + "\",\"modelServerVersion\":\"all\"}"))
                .build();
        var body = mapper.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        Set<String> rows = new TreeSet<>();
        if (!body.has("comments")) {
            return rows;
        }
        String prefix = modelId + ", ";
        body.get("comments").asString().lines().forEach(line -> {
            int published = line.indexOf(": published: ");
            if (line.startsWith(prefix) && published > 0) {
                rows.add(line.substring(prefix.length(), published));
            }
        });
        return rows;
    }

    private String text(String id) {
        return find(Component.class).id(id).getElement().getTextRecursively();
    }
}
