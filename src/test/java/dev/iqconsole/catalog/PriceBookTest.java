package dev.iqconsole.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PriceBookTest {

    private final CatalogData data = CatalogFiles.in(Path.of("data")).load();

    private PriceBook book(String region, LocalDate date) {
        return new PriceBook(data.listedPrices(), data.machineTypes(), data.componentRates(), region, date);
    }

    @Test
    void the_h100_spot_price_is_reduced_to_the_gpu_with_the_published_a3_rates() {
        var price = book("us-central1", LocalDate.of(2025, 8, 30))
                .price("a3-highgpu-1g", PricingModel.SPOT)
                .orElseThrow();
        // 2.5494 - 26 x 0.0102 - 234 x 0.000888 (docs/reference/public-benchmarks.md §1.4: about $2.08/h)
        assertThat(price.usdPerHour()).isEqualByComparingTo(new BigDecimal("2.0764"));
        assertThat(price.scope()).isEqualTo(PriceScope.ACCELERATOR_ONLY);
        assertThat(price.priceDate()).isEqualTo(LocalDate.of(2025, 8, 30));
    }

    @Test
    void without_published_component_rates_the_whole_vm_price_is_used_and_says_so() {
        var price = book("us-central1", null)
                .price("g2-standard-48", PricingModel.SPOT)
                .orElseThrow();
        assertThat(price.usdPerHour()).isEqualByComparingTo(new BigDecimal("2.2496"));
        assertThat(price.scope()).isEqualTo(PriceScope.WHOLE_VM);
        assertThat(price.priceDate()).isEqualTo(LocalDate.of(2026, 7, 30));
    }

    @Test
    void on_demand_has_no_component_rates_so_it_stays_whole_vm() {
        var price = book("us-central1", null)
                .price("a3-highgpu-1g", PricingModel.ON_DEMAND)
                .orElseThrow();
        assertThat(price.usdPerHour()).isEqualByComparingTo(new BigDecimal("11.0612"));
        assertThat(price.scope()).isEqualTo(PriceScope.WHOLE_VM);
    }

    @Test
    void a_machine_type_missing_from_the_preferred_region_uses_another_region() {
        var price = book("us-central1", null)
                .price("a3-megagpu-8g", PricingModel.SPOT)
                .orElseThrow();
        assertThat(price.region()).isEqualTo("us-east5");
        assertThat(price.scope()).isEqualTo(PriceScope.ACCELERATOR_ONLY);
    }

    @Test
    void missing_prices_stay_missing() {
        var book = book("us-central1", null);
        assertThat(book.price("a3-ultragpu-8g", PricingModel.SPOT)).isEmpty();
        assertThat(book.price("a4-highgpu-8g", PricingModel.ON_DEMAND)).isEmpty();
        assertThat(book.price("a2-ultragpu-1g", PricingModel.ONE_YEAR_CUD)).isEmpty();
        assertThat(book.price("ct6e-standard-4t", PricingModel.SPOT)).isEmpty();
    }

    @Test
    void tpu_prices_are_chip_prices_and_count_as_accelerator_only() {
        var price = book("us-central1", null)
                .price("ct6e-standard-4t", PricingModel.THREE_YEARS_CUD)
                .orElseThrow();
        assertThat(price.usdPerHour()).isEqualByComparingTo(new BigDecimal("4.88"));
        assertThat(price.scope()).isEqualTo(PriceScope.ACCELERATOR_ONLY);
    }
}
