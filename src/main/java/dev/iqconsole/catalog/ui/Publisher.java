package dev.iqconsole.catalog.ui;

import java.util.List;

/**
 * A publisher of measurements the serving model is fitted on, with its held-out error as docs/model-calibration.md's
 * leave-one-group-out table gives it (AboutCalibrationTest keeps both equal) and a link to its source in
 * data/measurement_sources.csv.
 */
record Publisher(String name, double heldOutError, String url) {

    static final List<Publisher> ALL = List.of(
            new Publisher(
                    "Google",
                    0.217,
                    "https://github.com/GoogleCloudPlatform/kubernetes-engine-samples/blob/"
                            + "b5edab20551364d7b6708dafc1c926fb3eddc063/ai-ml/notebooks/giq_visualizations.ipynb"),
            new Publisher(
                    "GPUStack",
                    0.347,
                    "https://github.com/gpustack/gpustack/tree/47277d79f4a5bae12a2d25e9ecbed2a2177a5f2d/docs/"
                            + "performance-lab"),
            new Publisher(
                    "NVIDIA",
                    0.213,
                    "https://github.com/NVIDIA/TensorRT-LLM/blob/00f37686aa854010d68bcbd0f4ab000221541ca6/docs/"
                            + "source/performance/perf-overview.md"),
            new Publisher(
                    "SGLang",
                    0.174,
                    "https://github.com/sgl-project/sglang/blob/120affb9613cc3f5bcd055ec09c7621d3ced0ebc/benchmark/"
                            + "benchmark_vllm_060/README.md"),
            new Publisher(
                    "SkyPilot",
                    0.193,
                    "https://github.com/Michaelvll/llm-ie-benchmarks/blob/c93b09ef55bcf7356be5180d5672238565e15104/"
                            + "README.md"),
            new Publisher("vLLM", 0.183, "https://buildkite.com/vllm/performance-benchmark/builds/9515"));
}
