package dev.iqconsole.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import dev.iqconsole.base.ui.EChart;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.fixtures.ConsoleContext;
import dev.iqconsole.fixtures.GridColumns;
import dev.iqconsole.profile.ProfileKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConsoleContext
@ViewPackages(packages = "dev.iqconsole")
class ProfilesViewTest extends SpringBrowserlessTest {

    @Autowired
    Catalog catalog;

    @Test
    void the_explorer_opens_on_published_measurements() {
        navigate(ProfilesView.class);

        // gemma-2-27b-it on vLLM v0.7.2 is the one model with whole published (digitized) curves
        assertThat(selected("profile-model")).isEqualTo("google/gemma-2-27b-it");
        assertThat(selected("profile-server")).isEqualTo("vllm");
        assertThat(selected("profile-server-version")).isEqualTo("v0.7.2");
        long digitized = catalog.publishedPoints().stream()
                .filter(p -> p.model().equals("google/gemma-2-27b-it"))
                .filter(p -> p.provenance().equals("published-digitized"))
                .count();
        assertThat(test(find(PointsTable.class).id("points-table")).size()).isEqualTo((int) digitized);
    }

    @Test
    void one_series_per_machine_type_with_the_inflection_marked() {
        UI.getCurrent().navigate("profiles", QueryParameters.of("model", "google/gemma-2-27b-it"));

        String option = find(EChart.class).id("profiles-chart").getElement().getProperty("option");
        assertThat(option)
                .contains("\"name\":\"a2-highgpu-2g (nvidia-tesla-a100 × 2)\"")
                .contains("\"name\":\"a3-highgpu-1g (nvidia-h100-80gb × 1)\"")
                .contains("\"name\":\"g2-standard-48 (nvidia-l4 × 4)\"")
                .contains("\"value\":[67.1,2050.0]")
                .contains("\"type\":\"log\"");
    }

    @Test
    void choosing_another_model_redraws_chart_and_table() {
        navigate(ProfilesView.class);
        int before = test(find(PointsTable.class).id("points-table")).size();

        test(find(Select.class).id("profile-model")).selectItem("gpt-oss-20b · openai/gpt-oss-20b");

        // vLLM is the server with gpt-oss-20b's published point, and the version that point was published under
        // (unstated) is the strongest evidence; the latest version's curves are the calibrated model's alone
        assertThat(selected("profile-server")).isEqualTo("vllm");
        assertThat(selected("profile-server-version")).isEqualTo(ProfileKey.UNSTATED_VERSION);
        var table = test(find(PointsTable.class).id("points-table"));
        assertThat(table.size()).isPositive().isNotEqualTo(before);
        String option = find(EChart.class).id("profiles-chart").getElement().getProperty("option");
        assertThat(option)
                .contains("\"name\":\"a3-highgpu-1g (nvidia-h100-80gb × 1)\"")
                .contains("\"value\":[67.0,13335.0]")
                .doesNotContain("a4-highgpu-8g")
                .doesNotContain("g2-standard-48");
    }

    @Test
    void the_version_choice_switches_the_curves() {
        UI.getCurrent().navigate("profiles", QueryParameters.of("model", "google/gemma-2-27b-it"));
        assertThat(find(EChart.class).id("profiles-chart").getElement().getProperty("option"))
                .doesNotContain("a4-highgpu-8g");
        Select<String> versions = find(Select.class).id("profile-server-version");
        var others = versions.getListDataView()
                .getItems()
                .filter(v -> !v.equals("v0.7.2"))
                .toList();
        assertThat(others).isNotEmpty();

        test(versions).selectItem(others.getFirst());

        // the published curves are v0.7.2 only; other versions are modeled on every machine type that fits
        assertThat(find(EChart.class).id("profiles-chart").getElement().getProperty("option"))
                .contains("\"name\":\"a4-highgpu-8g (nvidia-b200 × 8)\"");
        // a modeled sweep knows its request rate, so the points table shows it
        assertThat(headers()).contains("QPS", "Input tok/s", "TTFT", "ITL");
    }

    @Test
    void curves_digitized_without_a_request_rate_show_no_column_of_n_a() {
        UI.getCurrent().navigate("profiles", QueryParameters.of("model", "google/gemma-2-27b-it"));

        // GIQ's chart gives throughput and NTPOT only: no QPS, input throughput, TTFT or ITL, so no such column
        assertThat(headers())
                .startsWith("Machine type", "Output tok/s", "NTPOT", "$/M output", "Machine $/hour")
                .doesNotContain("QPS", "Input tok/s", "TTFT", "ITL", "Cost/M Output Tokens");
    }

    /** The points table's visible column headers, in order. */
    private java.util.List<String> headers() {
        return GridColumns.visibleHeaders(find(PointsTable.class).id("points-table"));
    }

    @Test
    void the_points_export_is_gclouds_benchmarks_list_csv() {
        navigate(ProfilesView.class);

        String csv = find(ProfilesView.class).single().pointsCsv();

        assertThat(csv.lines().findFirst().orElseThrow())
                .startsWith("Instance Type,Accelerator Type,Model Name,Model Server Name,Model Server Version,");
        assertThat(csv.lines().skip(1))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("google/gemma-2-27b-it,vllm,v0.7.2"));
    }

    private String selected(String id) {
        return (String) find(Select.class).id(id).getValue();
    }
}
