package dev.iqconsole.profile.calibration;

import dev.iqconsole.catalog.Accelerator;
import dev.iqconsole.catalog.Model;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts and measurements of {@code data/}: model architectures (catalog facts from models.csv completed by
 * model_architecture.csv), accelerators (accelerators.csv completed by accelerator_compute.csv) and the measurements
 * marked {@code use_for_fit}. A fitted row whose model, accelerator or metric cannot be resolved is an error.
 */
public record CalibrationData(
        Map<String, ModelArchitecture> architectures,
        Map<String, Hardware> accelerators,
        List<Measurement> measurements,
        Map<String, String> sourceGroups) {

    public static CalibrationData load(Path folder, List<Model> catalogModels, List<Accelerator> catalogAccelerators) {
        var architectures = architectures(folder, catalogModels);
        var accelerators = accelerators(folder, catalogAccelerators);
        var groups = new LinkedHashMap<String, String>();
        for (var row : Csv.read(folder.resolve("measurement_sources.csv"))) {
            groups.put(row.text("source_id"), row.text("source_group"));
        }
        var measurements = new ArrayList<Measurement>();
        for (var row : Csv.read(folder.resolve("measurements.csv"))) {
            if (row.text("use_for_fit").equals("true")) {
                measurements.add(measurement(row, architectures, accelerators, groups));
            }
        }
        return new CalibrationData(architectures, accelerators, List.copyOf(measurements), groups);
    }

    static Map<String, ModelArchitecture> architectures(Path folder, List<Model> catalogModels) {
        return architectures(Csv.read(folder.resolve("model_architecture.csv")), catalogModels);
    }

    static Map<String, ModelArchitecture> architectures(List<Csv.Row> rows, List<Model> catalogModels) {
        var catalog = new HashMap<String, Model>();
        catalogModels.forEach(model -> catalog.put(model.id(), model));
        var result = new LinkedHashMap<String, ModelArchitecture>();
        for (var row : rows) {
            var id = row.text("id");
            var known = catalog.get(id);
            if (known == null && !row.has("total_params_b")) {
                continue; // a catalog model this catalog does not list (a smaller catalog of the same data)
            }
            if (known != null && row.has("total_params_b")) {
                throw new IllegalArgumentException("model_architecture.csv line " + row.line() + ": " + id
                        + " is in models.csv; take its params" + " and KV size from there (one source of truth)");
            }
            double total = known != null ? known.totalParamsB() : row.number("total_params_b");
            double active = known != null ? known.activeParamsB() : row.number("active_params_b");
            long kv = known != null ? known.kvCacheBytesPerToken() : (long) row.number("kv_cache_bytes_per_token");
            result.put(
                    id,
                    new ModelArchitecture(
                            id,
                            total * 1e9,
                            active * 1e9,
                            kv,
                            row.whole("layers"),
                            row.whole("kv_heads"),
                            row.whole("attention_width"),
                            row.whole("hidden_size"),
                            row.whole("sliding_window_layers"),
                            row.whole("sliding_window_tokens"),
                            row.whole("experts"),
                            row.whole("experts_per_token"),
                            Precision.of(row.text("native_precision")),
                            moeLayers(row)));
        }
        return result;
    }

    /** Every layer of a mixture of experts is an MoE layer unless the file says how many are. */
    private static int moeLayers(Csv.Row row) {
        if (row.whole("experts") == 0) {
            return 0;
        }
        return row.has("moe_layers") ? row.whole("moe_layers") : row.whole("layers");
    }

    static Map<String, Hardware> accelerators(Path folder, List<Accelerator> catalogAccelerators) {
        return accelerators(Csv.read(folder.resolve("accelerator_compute.csv")), catalogAccelerators);
    }

    static Map<String, Hardware> accelerators(List<Csv.Row> computeRows, List<Accelerator> catalogAccelerators) {
        var compute = new HashMap<String, Csv.Row>();
        computeRows.forEach(row -> compute.put(row.text("label"), row));
        var result = new LinkedHashMap<String, Hardware>();
        for (var accelerator : catalogAccelerators) {
            var row = compute.get(accelerator.label());
            result.put(
                    accelerator.label(),
                    new Hardware(
                            accelerator.label(),
                            memoryBytes(accelerator, row),
                            accelerator.hbmBandwidthGBs(),
                            accelerator.bf16Tflops(),
                            row == null ? 0 : row.numberOr("fp8_tflops", 0),
                            row == null ? 0 : row.numberOr("fp4_tflops", 0),
                            linkGBs(accelerator, row),
                            row.numberOr("sustained_tensor_share", 1),
                            1));
        }
        return result;
    }

    /** Every accelerator the catalog can run on more than one chip needs its link bandwidth. */
    private static double linkGBs(Accelerator accelerator, Csv.Row row) {
        if (row == null || !row.has("link_gbs")) {
            throw new IllegalArgumentException(
                    "accelerator_compute.csv: " + accelerator.label() + " has no link_gbs (chip-to-chip bandwidth)");
        }
        return row.number("link_gbs");
    }

    /**
     * HBM as the driver reports it where known: NVIDIA's "80GB" is 81559 MiB on H100, 7% more than 80·10^9 bytes, and
     * the KV cache gets all of that difference.
     */
    private static double memoryBytes(Accelerator accelerator, Csv.Row row) {
        return row != null && row.has("memory_mib") ? row.number("memory_mib") * (1 << 20) : accelerator.hbmGB() * 1e9;
    }

    private static Measurement measurement(
            Csv.Row row,
            Map<String, ModelArchitecture> architectures,
            Map<String, Hardware> accelerators,
            Map<String, String> groups) {
        String where = "measurements.csv " + row.text("id");
        var model = architectures.get(row.text("model"));
        var hardware = accelerators.get(row.text("accelerator"));
        var group = groups.get(row.text("source_id"));
        if (model == null || hardware == null || group == null) {
            throw new IllegalArgumentException(where + ": model, accelerator or source has no facts in data/");
        }
        var deployment = new Deployment(
                model,
                Precision.of(row.text("precision")),
                row.text("kv_cache_dtype").equals("fp8") ? 1 : 2,
                hardware.times(row.whole("accelerator_count")),
                Server.of(row.text("server")),
                row.text("server_version"),
                row.numberOr("gpu_memory_utilization", Deployment.DEFAULT_MEMORY_UTILIZATION),
                Parallelism.of(row.has("parallelism") ? row.text("parallelism") : ""));
        var shape = new RequestShape(row.number("input_tokens"), row.number("output_tokens"));
        var fitted = new EnumMap<Metric, Double>(Metric.class);
        for (var column : row.text("fit_metrics").split(";")) {
            fitted.put(Metric.of(column), row.number(column));
        }
        Load load = switch (row.text("load_kind")) {
            case "saturation" -> new Load.Saturation();
            case "burst" -> new Load.Burst(row.whole("load_value"));
            case "concurrency" -> new Load.Concurrency(row.number("load_value"));
            case "request_rate" -> new Load.RequestRate(row.number("load_value"));
            // GIQ publishes a curve point by its throughput: below the knee every request completes, so
            // the request rate is the throughput over the output length
            case "output_rate" -> new Load.RequestRate(row.number("output_tokens_per_second") / shape.outputTokens());
            default -> throw new IllegalArgumentException(where + ": unknown load_kind");
        };
        return new Measurement(
                row.text("id"), row.text("source_id"), group, deployment, shape, load, Map.copyOf(fitted));
    }
}
