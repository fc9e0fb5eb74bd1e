package dev.iqconsole.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import dev.iqconsole.deploy.MockCluster;
import dev.iqconsole.fixtures.ConsoleCluster;
import dev.iqconsole.fixtures.ConsoleContext;
import dev.iqconsole.profile.ProfileOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Optimizing for throughput or latency recommends a machine with a price for the pricing model: at Spot prices the
 * catalog has no price for 8 × B200 (a4-highgpu-8g) or 8 × H200 (a3-ultragpu-8g), the two fastest machines for
 * gpt-oss-20b, so without the rule the page recommends a machine whose cost it cannot state. Ticking "Include machines
 * without a price" lets them win, and the address keeps that choice.
 */
@ConsoleContext
@ViewPackages(packages = "dev.iqconsole")
class PricedRecommendationTest extends SpringBrowserlessTest {

    static final MockCluster CLUSTER = ConsoleCluster.start();

    @AfterAll
    static void stop() throws Exception {
        CLUSTER.close();
    }

    @Test
    void throughput_and_latency_recommend_a_priced_machine_unless_unpriced_ones_are_asked_for() {
        openWith("");
        for (ProfileOrder order : new ProfileOrder[] {ProfileOrder.THROUGHPUT, ProfileOrder.LATENCY}) {
            optimizeFor().setValue(order);

            assertThat(text("recommendation")).as(order.name()).startsWith("Recommended: ");
            assertThat(machine()).as(order.name()).isEqualTo("a3-megagpu-8g");
            assertThat(text("metric-usd-out")).as(order.name()).doesNotContain("n/a");
        }

        includeUnpriced().setValue(true);

        assertThat(machine()).isEqualTo("a4-highgpu-8g");
        assertThat(text("recommendation")).startsWith("Recommended: ");
        assertThat(text("metric-usd-out")).endsWith("n/a");
        var written = DeployQuery.of(find(DeployForm.class).id("deploy-form")).getQueryString();
        assertThat(written).contains("optimize=latency", "unpriced=include");

        includeUnpriced().setValue(false);
        assertThat(machine()).isEqualTo("a3-megagpu-8g");
        assertThat(DeployQuery.of(find(DeployForm.class).id("deploy-form")).getQueryString())
                .doesNotContain("unpriced");
    }

    @Test
    void a_link_that_includes_unpriced_machines_restores_that_choice() {
        openWith("optimize=throughput&unpriced=include");

        assertThat(includeUnpriced().getValue()).isTrue();
        assertThat(machine()).isEqualTo("a4-highgpu-8g");

        openWith("optimize=throughput&unpriced=yes-please");
        assertThat(includeUnpriced().getValue()).isFalse();
        assertThat(machine()).isEqualTo("a3-megagpu-8g");
    }

    @Test
    void a_model_that_only_unpriced_machines_can_serve_gets_no_recommendation_and_is_told_why() {
        // DeepSeek-R1's 671B weights fit only 8 × H200 or 8 × B200, which no public Spot price covers
        UI.getCurrent().navigate("deploy/deepseek-ai/DeepSeek-R1");

        assertThat(text("recommendation")).startsWith("Shown: ").doesNotContain("Recommended");
        assertThat(text("server-tie"))
                .startsWith("No machine type that suits these settings has a Spot price, so none is recommended")
                .contains(Recommendation.INCLUDE_UNPRICED);
        assertThat(find(DeployAlternatives.class).id("alternatives").rows()).noneMatch(DeployAlternative::recommended);

        includeUnpriced().setValue(true);

        assertThat(text("recommendation")).startsWith("Recommended: ");
        assertThat(find(DeployAlternatives.class).id("alternatives").rows())
                .filteredOn(DeployAlternative::recommended)
                .hasSize(1);
    }

    @Test
    void the_pricing_model_reads_as_its_display_name_while_the_address_keeps_the_api_name() {
        openWith("pricing=1-year-cud");

        @SuppressWarnings("unchecked")
        Select<String> pricing = find(Select.class).id("pricing-model");
        assertThat(pricing.getValue()).isEqualTo("1-year-cud");
        assertThat(pricing.getItemLabelGenerator().apply("1-year-cud")).isEqualTo("1-year CUD");
        assertThat(pricing.getItemLabelGenerator().apply("spot")).isEqualTo("Spot");
        assertThat(text("operating-point")).contains("1-year CUD pricing").doesNotContain("1-year-cud");
    }

    private void openWith(String query) {
        UI.getCurrent().navigate("deploy/openai/gpt-oss-20b", QueryParameters.fromString(query));
    }

    @SuppressWarnings("unchecked")
    private Select<ProfileOrder> optimizeFor() {
        return find(Select.class).id("optimize-for");
    }

    private Checkbox includeUnpriced() {
        return find(Checkbox.class).id("include-unpriced");
    }

    @SuppressWarnings("unchecked")
    private String machine() {
        return ((Select<String>) find(Select.class).id("machine-type")).getValue();
    }

    private String text(String id) {
        return find(Component.class).id(id).getElement().getTextRecursively();
    }
}
