package dev.iqconsole.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.QueryParameters;
import dev.iqconsole.cluster.ui.TestKubeconfig;
import dev.iqconsole.deploy.ApplyResult;
import dev.iqconsole.deploy.DeployService;
import dev.iqconsole.deploy.Fixtures;
import dev.iqconsole.deploy.HistoryEntry;
import dev.iqconsole.deploy.ObjectOutcome;
import dev.iqconsole.fixtures.ConsoleContext;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConsoleContext
@ViewPackages(packages = "dev.iqconsole")
class HistoryViewTest extends SpringBrowserlessTest {

    static final TestKubeconfig KUBECONFIG = TestKubeconfig.mockOnly();

    @AfterAll
    static void stop() throws Exception {
        KUBECONFIG.close();
    }

    @Autowired
    DeployService deploys;

    @Test
    void checks_deploys_and_deletes_are_listed_with_the_applied_yaml_and_its_diff() {
        var request = Fixtures.request("history", "gemma", Fixtures.TOKEN);
        deploys.check(request, Fixtures.manifest("gemma"));
        ApplyResult deployed = deploys.deploy(request, Fixtures.manifest("gemma"));
        assertThat(deployed.complete()).as(deployed.summary()).isTrue();
        deploys.delete("mock", "history", "gemma");

        navigate(HistoryView.class);

        var grid = test(grid());
        List<HistoryEntry> rows = List.of(grid.getRow(0), grid.getRow(1), grid.getRow(2));
        assertThat(rows)
                .extracting(HistoryEntry::action, HistoryEntry::deployment, HistoryEntry::profile)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                HistoryEntry.Action.DELETE, "gemma", "gemma-2-9b-it / vllm 0.8.5 / nvidia-l4"),
                        org.assertj.core.groups.Tuple.tuple(
                                HistoryEntry.Action.DEPLOY, "gemma", "gemma-2-9b-it / vllm 0.8.5 / nvidia-l4"),
                        org.assertj.core.groups.Tuple.tuple(
                                HistoryEntry.Action.CHECK, "gemma", "gemma-2-9b-it / vllm 0.8.5 / nvidia-l4"));
        assertThat(grid.getCellText(1, 1)).isEqualTo("Deploy");
        assertThat(grid.getCellText(1, 2)).isEqualTo("Succeeded");
        assertThat(grid.getCellText(1, 3)).isEqualTo("gemma");
        assertThat(grid.getCellText(1, 5)).isEqualTo("gemma-2-9b-it / vllm 0.8.5 / nvidia-l4");
        assertThat(grid.getCellText(1, 6)).isEqualTo("history");
        assertThat(grid.getCellText(1, 7)).isEqualTo("mock");
        assertThat(grid.getCellText(1, 8)).isEqualTo("NTPOT <= 50 ms");
        assertThat(grid.getCellText(1, 9)).isEqualTo("local user (no login)"); // who: the console has no login here
        assertThat(grid.getCellText(1, 0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC");
        assertThat(find(Div.class).withId("history-detail").exists()).isFalse();
        // three rows take the room they need: no empty box under them
        assertThat(grid().isAllRowsVisible()).isTrue();

        grid.select(1);

        assertThat(find(H2.class).id("history-title").getText())
                .isEqualTo("Deploy history/gemma · Succeeded · by local user (no login)");
        assertThat(objects())
                .extracting(o -> o.kind() + " " + o.state())
                .containsExactly(
                        "Namespace APPLIED",
                        "Secret APPLIED",
                        "Deployment APPLIED",
                        "Service APPLIED",
                        "PodMonitoring APPLIED",
                        "HorizontalPodAutoscaler APPLIED");
        String applied = find(Pre.class).id("history-applied-yaml").getText();
        assertThat(applied)
                .contains("kind: Namespace", "app.kubernetes.io/managed-by: inference-quickstart-console")
                .doesNotContain(Fixtures.TOKEN);
        List<String> diff = diffLines();
        assertThat(diff).anyMatch(l -> l.startsWith("+ ") && l.contains("iqconsole.dev/deployment: gemma"));
        assertThat(diff).anyMatch(l -> l.startsWith("+ ") && l.contains("namespace: history"));
        assertThat(diff).noneMatch(l -> l.startsWith("- ") && l.contains("image:"));
        assertThat(find(Div.class).id("history-diff").getChildren())
                .anyMatch(c -> c.getElement().getClassList().contains("iqc-diff-add"));

        grid.select(0);

        assertThat(objects())
                .extracting(o -> o.kind() + " " + o.state())
                .containsExactlyInAnyOrder(
                        "HorizontalPodAutoscaler DELETED",
                        "PodMonitoring DELETED",
                        "Service DELETED",
                        "Deployment DELETED");
        assertThat(diffLines()).containsExactly("No YAML: a delete sends no manifests.");
    }

    @Test
    void the_address_can_open_one_entry() {
        long id = deploys.deploy(Fixtures.request("linked", "qwen", null), Fixtures.manifest("qwen"))
                .historyId();

        UI.getCurrent().navigate("history", QueryParameters.of("entry", String.valueOf(id)));

        assertThat(test(grid()).getSelected())
                .singleElement()
                .extracting(HistoryEntry::id)
                .isEqualTo(id);
        assertThat(find(Div.class).withId("history-detail").exists()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private Grid<HistoryEntry> grid() {
        return find(Grid.class).id("history-grid");
    }

    @SuppressWarnings("unchecked")
    private List<ObjectOutcome> objects() {
        return ((Grid<ObjectOutcome>) find(Grid.class).id("history-objects"))
                .getGenericDataView()
                .getItems()
                .toList();
    }

    private List<String> diffLines() {
        return find(Div.class)
                .id("history-diff")
                .getChildren()
                .map(c -> c.getElement().getText())
                .toList();
    }
}
