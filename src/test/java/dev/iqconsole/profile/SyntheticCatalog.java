package dev.iqconsole.profile;

import dev.iqconsole.catalog.Accelerator;
import dev.iqconsole.catalog.AcceleratorFamily;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.MachineType;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.catalog.ModelServer;
import dev.iqconsole.catalog.Price;
import dev.iqconsole.catalog.PriceScope;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.catalog.PublishedPoint;
import dev.iqconsole.catalog.ServerVersion;
import dev.iqconsole.catalog.UseCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A large made-up catalog for benchmarks only: {@code models x machineTypes} curves of {@code points} points each,
 * shaped like a saturating latency-throughput curve. The numbers mean nothing; the sizes are the point.
 */
public class SyntheticCatalog implements Catalog, CurveCatalog {

    private final List<Model> models = new ArrayList<>();
    private final List<MachineType> machineTypes = new ArrayList<>();
    private final Map<String, Price> prices = new HashMap<>();
    private final List<Curve> curves = new ArrayList<>();
    private final List<UseCase> useCases =
            List.of(new UseCase("chatbot", "Chatbot (ShareGPT)", 226, 195, UseCase.Lengths.PUBLISHED, "synthetic"));
    private final Accelerator accelerator =
            new Accelerator("nvidia-l4", "NVIDIA L4", AcceleratorFamily.GPU, 24, 300, 121, "synthetic");

    public SyntheticCatalog(int modelCount, int machineTypeCount, int points) {
        for (int m = 0; m < machineTypeCount; m++) {
            String name = "machine-" + m;
            machineTypes.add(new MachineType(name, accelerator.label(), 1 + m % 8, null, 8, 32.0, "synthetic"));
            if (m % 5 != 0) {
                prices.put(
                        name,
                        new Price(
                                name,
                                PricingModel.SPOT,
                                "synthetic",
                                LocalDate.of(2025, 1, 1),
                                BigDecimal.valueOf(0.5 + m * 0.01),
                                PriceScope.ACCELERATOR_ONLY,
                                "synthetic"));
            }
        }
        for (int i = 0; i < modelCount; i++) {
            String id = model(i);
            models.add(
                    new Model(id, id, "synthetic", 7, 7, 14, 8192, "none", false, 1, null, null, false, "synthetic"));
            for (int m = 0; m < machineTypeCount; m++) {
                curves.add(curve(id, machineTypes.get(m), points, 1 + (i * 31 + m * 17) % 97));
            }
        }
    }

    public static String model(int i) {
        return "synthetic/model-" + i;
    }

    private static Curve curve(String model, MachineType machineType, int points, int speed) {
        List<CurvePoint> list = new ArrayList<>(points);
        double maxThroughput = 1000.0 * speed;
        for (int p = 0; p < points; p++) {
            double load = (p + 1.0) / points * 1.2;
            double throughput = maxThroughput * Math.min(load, 1.0 - 0.02 / (load + 0.01) * 0.01);
            double ntpot = 5 + 2000.0 / speed * load / Math.max(0.02, 1.05 - load);
            list.add(new CurvePoint(
                    load * 10, throughput, throughput * 1.16, ntpot, ntpot * 5, ntpot * 0.95, Provenance.MODELED));
        }
        var key = new ProfileKey(
                model,
                "vllm",
                "v1.0.0",
                machineType.name(),
                machineType.acceleratorLabel(),
                machineType.acceleratorCount(),
                null,
                "chatbot");
        return new Curve(key, list, points * 3 / 4, Provenance.MODELED, "synthetic", Map.of(), "synthetic");
    }

    @Override
    public List<Curve> curves() {
        return curves;
    }

    @Override
    public List<Exclusion> exclusions() {
        return List.of();
    }

    @Override
    public List<Model> models() {
        return models;
    }

    @Override
    public Optional<Model> model(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public List<ModelServer> modelServers() {
        return List.of(new ModelServer("vllm", "vLLM", "synthetic"));
    }

    @Override
    public List<ServerVersion> serverVersions(String serverId) {
        return List.of(new ServerVersion(
                "vllm", "v1.0.0", AcceleratorFamily.GPU, "img", LocalDate.of(2025, 1, 1), "synthetic"));
    }

    @Override
    public List<Accelerator> accelerators() {
        return List.of(accelerator);
    }

    @Override
    public Optional<Accelerator> accelerator(String label) {
        return accelerator.label().equals(label) ? Optional.of(accelerator) : Optional.empty();
    }

    @Override
    public List<MachineType> machineTypes() {
        return machineTypes;
    }

    @Override
    public Optional<MachineType> machineType(String name) {
        return machineTypes.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    @Override
    public Optional<Price> price(String machineType, PricingModel pricingModel) {
        return pricingModel == PricingModel.SPOT ? Optional.ofNullable(prices.get(machineType)) : Optional.empty();
    }

    @Override
    public List<UseCase> useCases() {
        return useCases;
    }

    @Override
    public Optional<UseCase> useCase(String nameOrLabel) {
        return useCases.stream()
                .filter(u -> u.apiName().equals(nameOrLabel) || u.displayName().equals(nameOrLabel))
                .findFirst();
    }

    @Override
    public List<PublishedPoint> publishedPoints() {
        return List.of();
    }
}
