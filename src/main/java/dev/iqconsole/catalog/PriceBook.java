package dev.iqconsole.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the one price per machine type and pricing model that token costs use, and derives the accelerator-only
 * price where the published component rates allow it (docs/reference/public-benchmarks.md §1.4, §3.2): GIQ prices the accelerator, not
 * the VM. Elsewhere the whole-VM price is returned with scope {@link PriceScope#WHOLE_VM}. Never fills a gap.
 *
 * <p>Choice: the preferred region if it lists the machine type (else any region, in name order), then the preferred
 * date if given (else the newest).
 */
final class PriceBook {

    private final Map<String, Price> chosen = new HashMap<>();

    PriceBook(
            List<Price> listed,
            List<MachineType> machineTypes,
            List<ComponentRate> rates,
            String preferredRegion,
            LocalDate preferredDate) {
        var machines = new HashMap<String, MachineType>();
        machineTypes.forEach(m -> machines.put(m.name(), m));
        var order = Comparator.comparing((Price p) -> !p.region().equals(preferredRegion))
                .thenComparing(p -> preferredDate != null && !p.priceDate().equals(preferredDate))
                .thenComparing(Price::priceDate, Comparator.reverseOrder())
                .thenComparing(Price::region);
        for (var price : listed) {
            chosen.merge(
                    key(price.machineType(), price.pricingModel()), price, (a, b) -> order.compare(a, b) <= 0 ? a : b);
        }
        chosen.replaceAll((key, price) -> acceleratorOnly(price, machines.get(price.machineType()), rates));
    }

    Optional<Price> price(String machineType, PricingModel pricingModel) {
        return Optional.ofNullable(chosen.get(key(machineType, pricingModel)));
    }

    private static String key(String machineType, PricingModel pricingModel) {
        return machineType + " " + pricingModel.apiName();
    }

    /** VM price minus vCPU x rate minus GiB x rate, when the rates for this family and pricing model are known. */
    static Price acceleratorOnly(Price price, MachineType machine, List<ComponentRate> rates) {
        if (price.scope() == PriceScope.ACCELERATOR_ONLY
                || machine == null
                || machine.vcpus() == null
                || machine.memoryGB() == null) {
            return price;
        }
        var rate = rates.stream()
                .filter(r -> r.pricingModel() == price.pricingModel()
                        && machine.name().startsWith(r.machinePrefix()))
                .findFirst();
        if (rate.isEmpty()) {
            return price;
        }
        // GCP's machine "GB" are GiB, billed per GiB-hour
        var hosts = rate.get()
                .usdPerVcpuHour()
                .multiply(BigDecimal.valueOf(machine.vcpus()))
                .add(rate.get().usdPerGibHour().multiply(BigDecimal.valueOf(machine.memoryGB())));
        var accelerators = price.usdPerHour().subtract(hosts).setScale(4, RoundingMode.HALF_UP);
        if (accelerators.signum() <= 0) {
            return price; // rates of another date than the VM price: do not publish a nonsense difference
        }
        return new Price(
                price.machineType(),
                price.pricingModel(),
                price.region(),
                price.priceDate(),
                accelerators,
                PriceScope.ACCELERATOR_ONLY,
                "derived: whole-VM " + price.usdPerHour() + " USD/h - " + machine.vcpus() + " vCPU x "
                        + rate.get().usdPerVcpuHour() + " - " + machine.memoryGB() + " GiB x "
                        + rate.get().usdPerGibHour() + " (bundled local SSD not subtracted: rate not published); VM: "
                        + price.source() + "; rates: " + rate.get().source());
    }
}
