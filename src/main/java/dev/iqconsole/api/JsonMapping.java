package dev.iqconsole.api;

import dev.iqconsole.catalog.ModelInfo;
import dev.iqconsole.catalog.ServingStack;
import dev.iqconsole.profile.BenchmarkCurve;
import dev.iqconsole.profile.CurvePoint;
import dev.iqconsole.profile.MetricRange;
import dev.iqconsole.profile.PerformanceRange;
import dev.iqconsole.profile.PricedPoint;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileKey;
import dev.iqconsole.profile.TokenCost;
import java.math.BigDecimal;
import java.util.List;

/** Profiles engine records to API messages. Metrics are int32 on the wire: rounded; unknown ones are left out. */
final class JsonMapping {

    private JsonMapping() {}

    /**
     * @param modelInfo {@code null} when the catalog has no architecture for the model
     * @param stack {@code null} for a deployment without a serving stack (GIQ leaves the field out)
     */
    static V1Json.Profile profile(Profile profile, ModelInfo modelInfo, ServingStack stack) {
        return v1Profile(profile.key(), profile.useCase(), List.of(stats(profile.at())), modelInfo, stack);
    }

    static V1Json.Profile benchmark(BenchmarkCurve curve, ModelInfo modelInfo, ServingStack stack) {
        return v1Profile(
                curve.key(),
                curve.useCase(),
                curve.points().stream().map(JsonMapping::stats).toList(),
                modelInfo,
                stack);
    }

    private static V1Json.Profile v1Profile(
            ProfileKey key,
            dev.iqconsole.catalog.UseCase useCase,
            List<V1Json.PerformanceStats> stats,
            ModelInfo modelInfo,
            ServingStack stack) {
        return new V1Json.Profile(
                new V1Json.ModelServerInfo(key.model(), key.modelServer(), emptyToNull(key.serverVersion())),
                key.accelerator(),
                key.tpuTopology(),
                key.machineType(),
                new V1Json.ResourcesUsed(key.acceleratorCount()),
                stats,
                modelInfo == null ? null : modelInfo(modelInfo),
                stack == null ? null : new V1Json.ServingStack(stack.name(), stack.version()),
                workloadSpec(key, useCase));
    }

    static V1Json.ModelInfo modelInfo(ModelInfo info) {
        return new V1Json.ModelInfo(
                info.attentionHeads(),
                info.headDim(),
                info.hiddenLayers(),
                Math.toIntExact(info.kvCacheBytesPerToken()),
                info.kvHeads(),
                info.maxContextLength(),
                Math.round(info.modelSizeGb() * 10) / 10.0,
                info.parametersBillions());
    }

    /**
     * The use case by its gcloud label, which is what {@code --use-case} takes back, with the average lengths the
     * profile was modeled for (a request's own lengths when it asked for them; no label when it named no use case).
     */
    static V1Json.WorkloadSpec workloadSpec(ProfileKey key, dev.iqconsole.catalog.UseCase useCase) {
        if (useCase == null) {
            return key.useCase() == null ? null : new V1Json.WorkloadSpec(key.useCase(), null, null);
        }
        return new V1Json.WorkloadSpec(
                useCase.apiName() == null ? null : useCase.displayName(),
                useCase.averageInputTokens(),
                useCase.averageOutputTokens());
    }

    static V1Json.PerformanceStats stats(PricedPoint priced) {
        CurvePoint p = priced.point();
        Integer output = int32(p.outputTokensPerSecond());
        Integer input = int32(p.inputTokensPerSecond());
        return new V1Json.PerformanceStats(
                Double.isNaN(p.queriesPerSecond()) ? null : p.queriesPerSecond(),
                output,
                int32(p.ntpotMs()),
                int32(p.ttftMs()),
                priced.hasCost() ? List.of(cost(priced.cost())) : List.of(),
                input,
                input == null || output == null ? null : input + output,
                int32(p.itlMs()));
    }

    private static V1Json.Cost cost(TokenCost cost) {
        return new V1Json.Cost(
                amount(cost.usdPerMillionOutput()),
                amount(cost.usdPerMillionInput()),
                cost.pricingModel().apiName(),
                cost.outputInputCostRatio());
    }

    static V1Json.Amount amount(BigDecimal usd) {
        BigDecimal units = new BigDecimal(usd.toBigInteger());
        int nanos = usd.subtract(units).movePointRight(9).intValue();
        return new V1Json.Amount(units.toPlainString(), nanos);
    }

    /** @param total the spread of input + output tokens per second, which the engine's range does not keep */
    static V1Json.PerformanceRange range(PerformanceRange range, MetricRange total) {
        return new V1Json.PerformanceRange(
                range(range.outputTokensPerSecond()),
                range(range.ttftMs()),
                range(range.ntpotMs()),
                range(range.itlMs()),
                range(range.inputTokensPerSecond()),
                range(total));
    }

    static V1Json.Range range(MetricRange range) {
        return range.isKnown() ? new V1Json.Range(int32(range.min()), int32(range.max())) : null;
    }

    static V1Alpha1Json.AcceleratorOption acceleratorOption(Profile profile) {
        ProfileKey key = profile.key();
        CurvePoint p = profile.at().point();
        TokenCost cost = profile.at().cost();
        return new V1Alpha1Json.AcceleratorOption(
                key.accelerator(),
                key.machineType(),
                new V1Alpha1Json.ModelAndModelServerInfo(
                        key.model(), key.modelServer(), emptyToNull(key.serverVersion())),
                new V1Alpha1Json.PerformanceStats(
                        cost == null
                                ? null
                                : new V1Alpha1Json.Cost(
                                        amount(cost.usdPerMillionInput()),
                                        amount(cost.usdPerMillionOutput()),
                                        cost.outputInputCostRatio(),
                                        cost.pricingModel().apiName()),
                        int32(p.inputTokensPerSecond()),
                        int32(p.ntpotMs()),
                        int32(p.outputTokensPerSecond()),
                        int32(p.queriesPerSecond())),
                new V1Json.ResourcesUsed(key.acceleratorCount()),
                key.tpuTopology());
    }

    static Integer int32(double value) {
        return Double.isNaN(value) ? null : (int) Math.round(value);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
