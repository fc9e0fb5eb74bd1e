package dev.iqconsole.profile;

import java.math.BigDecimal;

/** A query's cost targets ($ per million output and input tokens), as GIQ applies them to a priced point. */
final class CostTargets {

    private CostTargets() {}

    /** Whether the query sets a cost target at all. */
    static boolean any(ProfileQuery query) {
        return query.targetUsdPerMillionOutput() != null || query.targetUsdPerMillionInput() != null;
    }

    /** A cost target cannot be met by a profile whose cost is unknown. */
    static boolean met(PricedPoint priced, ProfileQuery query) {
        return atMost(priced, query.targetUsdPerMillionOutput(), true)
                && atMost(priced, query.targetUsdPerMillionInput(), false);
    }

    private static boolean atMost(PricedPoint priced, BigDecimal target, boolean output) {
        if (target == null) {
            return true;
        }
        if (!priced.hasCost()) {
            return false;
        }
        BigDecimal cost =
                output ? priced.cost().usdPerMillionOutput() : priced.cost().usdPerMillionInput();
        return cost.compareTo(target) <= 0;
    }
}
