package dev.iqconsole.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

/**
 * The rows of the hardware files and what it costs: accelerators, machine types (ordered by accelerator, count and
 * size: the first that fits is the smallest), prices with their dates, and per-component rates.
 */
final class HardwareRows {

    private HardwareRows() {}

    static List<Accelerator> accelerators(CsvTable table) {
        var keys = new RowRules.UniqueKeys();
        var list = new ArrayList<Accelerator>();
        for (var row : table.rows()) {
            keys.add(row, "label", row.text("label"));
            list.add(new Accelerator(
                    row.text("label"),
                    row.text("display_name"),
                    row.choice("family", AcceleratorFamily.class),
                    RowRules.positive(row, "hbm_gb"),
                    RowRules.positive(row, "hbm_bandwidth_gbs"),
                    RowRules.positive(row, "bf16_tflops"),
                    RowRules.source(row)));
        }
        return List.copyOf(list);
    }

    static List<MachineType> machineTypes(
            CsvTable table, Set<String> acceleratorLabels, List<Accelerator> acceleratorOrder) {
        var keys = new RowRules.UniqueKeys();
        var list = new ArrayList<MachineType>();
        for (var row : table.rows()) {
            keys.add(row, "name", row.text("name"));
            RowRules.mustExist(row, "accelerator", row.text("accelerator"), acceleratorLabels, "accelerator");
            int count = row.wholeNumber("accelerator_count");
            if (count == 0) {
                throw row.error("accelerator_count", "must be at least 1");
            }
            list.add(new MachineType(
                    row.text("name"),
                    row.text("accelerator"),
                    count,
                    row.optional("tpu_topology"),
                    row.optionalWholeNumber("vcpus"),
                    row.optionalNumber("memory_gb"),
                    RowRules.source(row)));
        }
        var position = new HashMap<String, Integer>();
        for (int i = 0; i < acceleratorOrder.size(); i++) {
            position.put(acceleratorOrder.get(i).label(), i);
        }
        list.sort(Comparator.comparing((MachineType m) -> position.get(m.acceleratorLabel()))
                .thenComparing(MachineType::acceleratorCount)
                .thenComparing(m -> m.vcpus() == null ? Integer.MAX_VALUE : m.vcpus())
                .thenComparing(MachineType::name));
        return List.copyOf(list);
    }

    static List<Price> prices(CsvTable table, Set<String> machineNames) {
        var keys = new RowRules.UniqueKeys();
        var list = new ArrayList<Price>();
        for (var row : table.rows()) {
            var machine = row.text("machine_type");
            RowRules.mustExist(row, "machine_type", machine, machineNames, "machine type");
            var pricingModel = RowRules.pricingModel(row, "pricing_model");
            var usd = row.optionalDecimal("usd_per_hour");
            if (usd == null) {
                continue; // a documented gap: the price stays missing (N/A), never guessed
            }
            var date = row.optionalDate("price_date");
            if (date == null) {
                throw row.error("price_date", "is empty; a price needs the date it was published");
            }
            keys.add(
                    row,
                    "machine_type",
                    machine + " " + pricingModel.apiName() + " " + row.text("region") + " " + date);
            list.add(new Price(
                    machine,
                    pricingModel,
                    row.text("region"),
                    date,
                    usd,
                    row.choice("scope", PriceScope.class),
                    RowRules.source(row)));
        }
        return List.copyOf(list);
    }

    static List<ComponentRate> rates(CsvTable table) {
        var keys = new RowRules.UniqueKeys();
        var list = new ArrayList<ComponentRate>();
        for (var row : table.rows()) {
            var pricingModel = RowRules.pricingModel(row, "pricing_model");
            keys.add(row, "machine_prefix", row.text("machine_prefix") + " " + pricingModel.apiName());
            row.number("usd_per_vcpu_hour"); // validates: present and not negative
            row.number("usd_per_gib_hour");
            list.add(new ComponentRate(
                    row.text("machine_prefix"),
                    pricingModel,
                    row.optionalDecimal("usd_per_vcpu_hour"),
                    row.optionalDecimal("usd_per_gib_hour"),
                    RowRules.source(row)));
        }
        return List.copyOf(list);
    }
}
