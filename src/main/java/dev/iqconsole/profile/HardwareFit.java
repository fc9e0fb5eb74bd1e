package dev.iqconsole.profile;

import dev.iqconsole.catalog.Accelerator;
import dev.iqconsole.catalog.Model;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a model fits a set of accelerators: weights plus the KV cache of a useful batch within the usable share of
 * HBM. The reason, when it does not, is plain enough to show to a user.
 */
final class HardwareFit {

    private static final double GIB = 1L << 30;

    private HardwareFit() {}

    /** Empty when it fits; else why not. */
    static Optional<String> check(Model model, Accelerator accelerator, int count, Workload workload) {
        double hbm = count * accelerator.hbmGB();
        String hardware = count + " x " + accelerator.label() + (count == 1 ? " has " : " have ") + fmt(hbm) + " GB";
        if (Roofline.weightBytes(model) > hbm * 1e9) {
            return Optional.of("needs " + fmt(model.weightsGiB()) + " GiB of weights; " + hardware);
        }
        double batchKv = (double) Roofline.MIN_USEFUL_BATCH
                * model.kvCacheBytesPerToken()
                * (workload.inputTokens() + workload.outputTokens());
        if (Roofline.kvBudgetBytes(model, accelerator, count) < batchKv) {
            return Optional.of("needs " + fmt(model.weightsGiB()) + " GiB of weights plus " + fmt(batchKv / GIB)
                    + " GiB of KV cache for " + Roofline.MIN_USEFUL_BATCH + " sequences of "
                    + (workload.inputTokens() + workload.outputTokens()) + " tokens; " + hardware + ", of which "
                    + Math.round(Roofline.HBM_UTILIZATION * 100) + "% is usable");
        }
        return Optional.empty();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replaceAll("\\.0$", "");
    }
}
