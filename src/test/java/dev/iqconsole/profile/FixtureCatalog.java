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
import java.util.List;
import java.util.Optional;

/**
 * A small hand-made catalog for tests. Published figures are the GIQ notebook's (docs/reference/public-benchmarks.md §1.2); prices are test
 * values (a3 spot = the accelerator-only $2.08/h derived in docs/reference/public-benchmarks.md §1.4), a2-highgpu-2g has no price on
 * purpose (GIQ shows N/A for it).
 */
public class FixtureCatalog implements Catalog {

    static final String SOURCE = "test fixture";
    public static final String GEMMA = "google/gemma-2-27b-it";
    public static final String GPT_OSS = "openai/gpt-oss-20b";
    /** In the catalog, without any profile. */
    public static final String LLAMA_1B = "meta-llama/Llama-3.2-1B-Instruct";

    private final List<Model> models = List.of(model(GEMMA, 27.2), model(GPT_OSS, 20.9), model(LLAMA_1B, 1.2));
    private final List<ModelServer> servers =
            List.of(new ModelServer("vllm", "vLLM", SOURCE), new ModelServer("tgi", "TGI", SOURCE));
    private final List<ServerVersion> versions = List.of(
            new ServerVersion(
                    "vllm", "v0.10.1", AcceleratorFamily.GPU, "vllm/vllm-openai:v0.10.1", date(2025, 8), SOURCE),
            new ServerVersion(
                    "vllm", "nightly-20250801", AcceleratorFamily.TPU, "vllm/vllm-tpu:nightly", date(2025, 8), SOURCE),
            new ServerVersion(
                    "vllm", "v0.7.2", AcceleratorFamily.GPU, "vllm/vllm-openai:v0.7.2", date(2025, 2), SOURCE),
            new ServerVersion(
                    "tgi", "3.3.4", AcceleratorFamily.GPU, "ghcr.io/huggingface/tgi:3.3.4", date(2025, 6), SOURCE));
    private final List<Accelerator> accelerators = List.of(
            new Accelerator("nvidia-h100-80gb", "NVIDIA H100 80GB", AcceleratorFamily.GPU, 80, 3350, 989, SOURCE),
            new Accelerator("nvidia-tesla-a100", "NVIDIA A100 40GB", AcceleratorFamily.GPU, 40, 1555, 312, SOURCE),
            new Accelerator("nvidia-l4", "NVIDIA L4", AcceleratorFamily.GPU, 24, 300, 121, SOURCE),
            new Accelerator("tpu-v6e-slice", "TPU v6e", AcceleratorFamily.TPU, 32, 1640, 918, SOURCE));
    private final List<MachineType> machineTypes = List.of(
            new MachineType("a3-highgpu-1g", "nvidia-h100-80gb", 1, null, 26, 234.0, SOURCE),
            new MachineType("a2-highgpu-2g", "nvidia-tesla-a100", 2, null, 24, 170.0, SOURCE),
            new MachineType("g2-standard-48", "nvidia-l4", 4, null, 48, 192.0, SOURCE),
            new MachineType("ct6e-standard-4t", "tpu-v6e-slice", 4, "2x2", 180, 720.0, SOURCE));
    private final List<Price> prices = List.of(
            price("a3-highgpu-1g", PricingModel.SPOT, "2.08", PriceScope.ACCELERATOR_ONLY),
            price("a3-highgpu-1g", PricingModel.ON_DEMAND, "11.06", PriceScope.ACCELERATOR_ONLY),
            price("g2-standard-48", PricingModel.SPOT, "0.81", PriceScope.ACCELERATOR_ONLY),
            price("ct6e-standard-4t", PricingModel.SPOT, "4.00", PriceScope.WHOLE_VM));
    private final List<UseCase> useCases = List.of(
            new UseCase("chatbot", "Chatbot (ShareGPT)", 226, 195, UseCase.Lengths.PUBLISHED, SOURCE),
            new UseCase("code completion", "Code Completion", 2048, 256, UseCase.Lengths.ASSUMED, SOURCE));
    private final List<PublishedPoint> publishedPoints = List.of(
            published("nb-a3", "a3-highgpu-1g", "nvidia-h100-80gb", 1, 2050, 67, "0.055", "0.222"),
            published("nb-g2", "g2-standard-48", "nvidia-l4", 4, 425, 1085, "0.102", "0.409"),
            published("nb-a2", "a2-highgpu-2g", "nvidia-tesla-a100", 2, 1243, 70, null, null));

    private static Model model(String id, double paramsB) {
        return new Model(
                id,
                id,
                id.split("/")[0],
                paramsB,
                paramsB,
                paramsB * 2,
                8192,
                "test",
                false,
                1,
                null,
                null,
                false,
                SOURCE);
    }

    private static LocalDate date(int year, int month) {
        return LocalDate.of(year, month, 1);
    }

    private static Price price(String machineType, PricingModel pricingModel, String usdPerHour, PriceScope scope) {
        return new Price(
                machineType, pricingModel, "us-central1", date(2025, 8), new BigDecimal(usdPerHour), scope, SOURCE);
    }

    private static PublishedPoint published(
            String id,
            String machineType,
            String accelerator,
            int count,
            double tps,
            double ntpot,
            String in,
            String out) {
        return new PublishedPoint(
                id,
                GEMMA,
                "vllm",
                "v0.7.2",
                machineType,
                accelerator,
                count,
                "chatbot",
                null,
                tps,
                null,
                ntpot,
                null,
                null,
                in == null ? null : new BigDecimal(in),
                out == null ? null : new BigDecimal(out),
                "spot (inferred: matches notebook)",
                "published",
                true,
                "giq_visualizations.ipynb cell 25");
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
        return servers;
    }

    @Override
    public List<ServerVersion> serverVersions(String serverId) {
        return versions.stream().filter(v -> v.serverId().equals(serverId)).toList();
    }

    @Override
    public List<Accelerator> accelerators() {
        return accelerators;
    }

    @Override
    public Optional<Accelerator> accelerator(String label) {
        return accelerators.stream().filter(a -> a.label().equals(label)).findFirst();
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
        return prices.stream()
                .filter(p -> p.machineType().equals(machineType) && p.pricingModel() == pricingModel)
                .findFirst();
    }

    @Override
    public List<UseCase> useCases() {
        return useCases;
    }

    @Override
    public Optional<UseCase> useCase(String nameOrLabel) {
        return useCases.stream()
                .filter(u -> u.apiName().equalsIgnoreCase(nameOrLabel)
                        || u.displayName().equalsIgnoreCase(nameOrLabel))
                .findFirst();
    }

    @Override
    public List<PublishedPoint> publishedPoints() {
        return publishedPoints;
    }
}
