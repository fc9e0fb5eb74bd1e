package dev.iqconsole.api;

import dev.iqconsole.catalog.AcceleratorFamily;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.ModelInfos;
import dev.iqconsole.catalog.ServingStack;
import dev.iqconsole.catalog.ServingStacks;
import dev.iqconsole.profile.BenchmarkCurve;
import dev.iqconsole.profile.MetricRange;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileKey;
import dev.iqconsole.profile.ProfileResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Profiles per serving stack, for v1's {@code servingStack}. A serving stack such as llm-d puts the same model-server
 * replicas behind the Inference Extension's endpoint picker; a profile is one replica's latency-throughput curve, and
 * no public measurement gives a factor by which llm-d's scheduler changes that curve for a profile's workload. So an
 * llm-d profile shares its vLLM profile's curve (no change claimed), is labeled modeled, and says so in the comments.
 */
@Component
class StackedProfiles {

    /**
     * Why no factor is applied, with the published gains that do exist and what they were measured on (read
     * 2026-11: llm-d release posts and Google's post linked from the llm-d v1.0 post).
     */
    static final String NO_CHANGE_CLAIMED = "llm-d's inference scheduling routes each request to one of the vLLM"
            + " replicas (prefix-cache and load-aware scoring in the Inference Extension's endpoint picker); the"
            + " profile is one replica's curve and no public measurement gives a factor for this workload, so it"
            + " shares the vLLM profile's curve: no change claimed. Published gains are for traffic that reuses long"
            + " prefixes: near-100% KV-cache hit rates and lower TTFT on a benchmark of 150 shared 6,000-token contexts"
            + " (https://llm-d.ai/blog/kvcache-wins-you-can-see, 2025-09-24), and more than 35% lower TTFT on coding"
            + " workloads in Vertex AI (https://cloud.google.com/blog/products/ai-machine-learning/"
            + "enhancing-vllm-for-distributed-inference-with-llm-d, cited by the llm-d v1.0 post of 2026-10-20).";

    /** One answer row: an item of the engine and the serving stack it is shown for ({@code null}: none). */
    record Row<T>(T item, ServingStack stack) {}

    private final ServingStacks stacks;
    private final Catalog catalog;
    private final ModelInfos modelInfos;

    StackedProfiles(ServingStacks stacks, Catalog catalog, ModelInfos modelInfos) {
        this.stacks = stacks;
        this.catalog = catalog;
        this.modelInfos = modelInfos;
    }

    StackSelection selection(JsonBody servingStack) {
        return StackSelection.read(servingStack, "servingStack", stacks);
    }

    /** Each item without a stack (when selected), then once per selected stack version that supports it. */
    <T> List<Row<T>> expand(List<T> items, Function<T, ProfileKey> key, StackSelection selection) {
        List<Row<T>> rows = new ArrayList<>();
        for (T item : items) {
            if (selection.includesNoStack()) {
                rows.add(new Row<>(item, null));
            }
            ProfileKey k = key.apply(item);
            for (ServingStack stack : selection.forProfile(stacks, k.modelServer(), family(k.accelerator()))) {
                rows.add(new Row<>(item, stack));
            }
        }
        return rows;
    }

    V1Json.Profile profile(Row<Profile> row) {
        return JsonMapping.profile(
                row.item(), modelInfos.of(row.item().key().model()).orElse(null), row.stack());
    }

    V1Json.Profile benchmark(Row<BenchmarkCurve> row) {
        return JsonMapping.benchmark(
                row.item(), modelInfos.of(row.item().key().model()).orElse(null), row.stack());
    }

    /**
     * The engine's range when every returned profile is in the answer (stack rows repeat their curve's point), else
     * the range over the answer's rows; the total-throughput range always over the rows.
     */
    V1Json.PerformanceRange range(List<Row<Profile>> rows, ProfileResult result, StackSelection selection) {
        var total = new MetricRange.Spread();
        var output = new MetricRange.Spread();
        var input = new MetricRange.Spread();
        var ntpot = new MetricRange.Spread();
        var ttft = new MetricRange.Spread();
        var itl = new MetricRange.Spread();
        for (Row<Profile> row : rows) {
            var p = row.item().at().point();
            total.add(totalTokensPerSecond(p.inputTokensPerSecond(), p.outputTokensPerSecond()));
            output.add(p.outputTokensPerSecond());
            input.add(p.inputTokensPerSecond());
            ntpot.add(p.ntpotMs());
            ttft.add(p.ttftMs());
            itl.add(p.itlMs());
        }
        if (selection.includesNoStack()) {
            return JsonMapping.range(result.range(), total.range());
        }
        return new V1Json.PerformanceRange(
                JsonMapping.range(output.range()),
                JsonMapping.range(ttft.range()),
                JsonMapping.range(ntpot.range()),
                JsonMapping.range(itl.range()),
                JsonMapping.range(input.range()),
                JsonMapping.range(total.range()));
    }

    /**
     * The engine's comment covers the rows without a stack; stack rows are all modeled (they share a curve and claim
     * no change), said once per stack version.
     */
    String comment(List<Row<Profile>> rows, ProfileResult result, StackSelection selection) {
        Map<String, Integer> perStack = new LinkedHashMap<>();
        rows.stream()
                .filter(r -> r.stack() != null)
                .forEach(r -> perStack.merge(r.stack().name() + " " + r.stack().version(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        if (selection.includesNoStack() || rows.isEmpty()) {
            parts.add(result.comment());
        }
        perStack.forEach((stack, count) -> parts.add(count + (count == 1 ? " profile" : " profiles") + " for serving"
                + " stack " + stack + ": modeled. " + NO_CHANGE_CLAIMED));
        if (rows.isEmpty() && !selection.includesNoStack()) {
            parts.add("Serving stack " + selection.name() + " routes to "
                    + String.join(
                            ", ", stacks.versions(selection.name()).getFirst().modelServers())
                    + " replicas; no returned profile runs on such a server and accelerator.");
        }
        String joined = String.join(
                " ", parts.stream().filter(p -> p != null && !p.isEmpty()).toList());
        return joined.isEmpty() ? null : joined;
    }

    /** As each profile's {@code totalTokensPerSecond}: the sum of the two int32 (rounded) throughputs. */
    private static double totalTokensPerSecond(double input, double output) {
        return Double.isNaN(input) || Double.isNaN(output) ? Double.NaN : Math.round(input) + Math.round(output);
    }

    private AcceleratorFamily family(String accelerator) {
        return catalog.accelerator(accelerator).map(a -> a.family()).orElse(AcceleratorFamily.GPU);
    }
}
