package dev.iqconsole.manifest;

import dev.iqconsole.catalog.AcceleratorFamily;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What differs between model servers: how they are started, where they report health and metrics, which metric an
 * HPA scales on. Every server listens on {@link #PORT} and serves {@code /health} and {@code /metrics} there (vLLM
 * and SGLang with the OpenAI-compatible server; TGI's router), which is what GIQ's Service and PodMonitoring assume.
 */
enum ServerKind {
    /**
     * vLLM's OpenAI-compatible server (images {@code vllm/vllm-openai}, {@code vllm/vllm-tpu}). Sources: vLLM docs
     * "OpenAI-Compatible Server" and "Production Metrics" ({@code vllm:num_requests_running}); GKE tutorials
     * (kubernetes-engine-samples {@code ai-ml/llm-serving-*}).
     */
    VLLM(
            "vllm",
            "vllm",
            Set.of(AcceleratorFamily.GPU, AcceleratorFamily.TPU),
            List.of("python3", "-m", "vllm.entrypoints.openai.api_server"),
            "vllm:num_requests_running",
            "vllm:num_requests_waiting"),
    /**
     * SGLang ({@code lmsysorg/sglang}); metrics need {@code --enable-metrics}. Source: SGLang docs "Server
     * Arguments" and "Production Metrics" ({@code sglang:num_running_reqs}). SGLang's TPU backend ships as a separate
     * project, so only GPUs are offered.
     */
    SGLANG(
            "sglang",
            "sglang",
            Set.of(AcceleratorFamily.GPU),
            List.of("python3", "-m", "sglang.launch_server"),
            "sglang:num_running_reqs",
            "sglang:num_queue_reqs"),
    /**
     * Hugging Face Text Generation Inference ({@code ghcr.io/huggingface/text-generation-inference}), started by the
     * image's {@code text-generation-launcher} entrypoint. GKE labels it {@code text-generation-inference}
     * (docs/reference/gke-inference-quickstart.md §5.2). TPU serving needs the separate optimum-tpu image, so only GPUs are offered.
     */
    TGI(
            "tgi",
            "text-generation-inference",
            Set.of(AcceleratorFamily.GPU),
            List.of(),
            "tgi_batch_current_size",
            "tgi_queue_size");

    static final int PORT = 8000;
    static final String HEALTH_PATH = "/health";
    static final String METRICS_PATH = "/metrics";

    private final String id;
    private final String gkeLabel;
    private final Set<AcceleratorFamily> families;
    private final List<String> command;
    private final String batchMetric;
    private final String queueMetric;

    ServerKind(
            String id,
            String gkeLabel,
            Set<AcceleratorFamily> families,
            List<String> command,
            String batchMetric,
            String queueMetric) {
        this.id = id;
        this.gkeLabel = gkeLabel;
        this.families = families;
        this.command = command;
        this.batchMetric = batchMetric;
        this.queueMetric = queueMetric;
    }

    static Optional<ServerKind> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    static String allowedIds() {
        return Arrays.stream(values()).map(s -> s.id).collect(Collectors.joining(", "));
    }

    String id() {
        return id;
    }

    /** Value of {@code ai.gke.io/inference-server}. */
    String gkeLabel() {
        return gkeLabel;
    }

    boolean supports(AcceleratorFamily family) {
        return families.contains(family);
    }

    String supportedFamilies() {
        return families.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    /** Empty: use the image's entrypoint. */
    List<String> command() {
        return command;
    }

    /** Requests being processed in the running batch: the HPA metric (see {@code HpaThreshold}). */
    String batchMetric() {
        return batchMetric;
    }

    /** Requests waiting for a batch slot: named in the notes as the alternative for throughput-first scaling. */
    String queueMetric() {
        return queueMetric;
    }

    /**
     * The server's arguments. {@code modelRef} is the Hugging Face id or the local directory of the mounted bucket;
     * the served name is always the Hugging Face id, so clients call the model by the same name either way.
     */
    List<String> args(String modelRef, String servedName, int tensorParallel, int maxContext) {
        List<String> args = new ArrayList<>();
        switch (this) {
            case VLLM -> {
                args.add("--model=" + modelRef);
                if (!modelRef.equals(servedName)) args.add("--served-model-name=" + servedName);
                args.add("--tensor-parallel-size=" + tensorParallel);
                args.add("--max-model-len=" + maxContext);
                args.add("--host=0.0.0.0");
                args.add("--port=" + PORT);
            }
            case SGLANG -> {
                args.add("--model-path=" + modelRef);
                if (!modelRef.equals(servedName)) args.add("--served-model-name=" + servedName);
                args.add("--tp=" + tensorParallel);
                args.add("--context-length=" + maxContext);
                args.add("--host=0.0.0.0");
                args.add("--port=" + PORT);
                args.add("--enable-metrics");
            }
            case TGI -> {
                args.add("--model-id=" + modelRef);
                args.add("--num-shard=" + tensorParallel);
                args.add("--max-total-tokens=" + maxContext);
                args.add("--hostname=0.0.0.0");
                args.add("--port=" + PORT);
            }
        }
        return List.copyOf(args);
    }
}
