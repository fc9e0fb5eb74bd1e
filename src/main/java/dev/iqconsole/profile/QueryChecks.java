package dev.iqconsole.profile;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.catalog.UseCase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks and parses query fields, failing with the field's name and what it allows. Limits are wide: they catch
 * typos and nonsense (negative, zero, absurd), not unusual but real requests.
 */
final class QueryChecks {

    /** One hour. GIQ's v1alpha1 default "no target" value, 999999 ms, still fits. */
    static final double MAX_LATENCY_MS = 3_600_000;

    static final BigDecimal MAX_USD_PER_MILLION = BigDecimal.valueOf(1_000_000);
    static final int MAX_LENGTH_TOKENS = 10_000_000;
    static final double MAX_COST_RATIO = 1_000;

    private final Catalog catalog;

    QueryChecks(Catalog catalog) {
        this.catalog = catalog;
    }

    static PricingModel pricingModel(String name) {
        if (name == null || name.isBlank()) {
            return PricingModel.SPOT;
        }
        return PricingModel.fromApiName(name.trim())
                .orElseThrow(() -> ProfileQueryException.invalid(
                        "pricingModel",
                        ProfileQueryException.quoted(name) + " is not a pricing model. Allowed: "
                                + PricingModel.allowedNames()));
    }

    static double costRatio(Double ratio) {
        if (ratio == null) {
            return TokenCosts.DEFAULT_OUTPUT_INPUT_COST_RATIO;
        }
        if (!(ratio > 0 && ratio <= MAX_COST_RATIO)) {
            throw ProfileQueryException.invalid(
                    "outputInputCostRatio", ratio + " is not allowed: a number > 0 and <= " + (int) MAX_COST_RATIO);
        }
        return ratio;
    }

    static void latency(String field, Double target) {
        if (target != null && !(target > 0 && target <= MAX_LATENCY_MS)) {
            throw ProfileQueryException.invalid(
                    field, target + " is not allowed: milliseconds > 0 and <= " + (long) MAX_LATENCY_MS);
        }
    }

    static void targets(LatencyTargets targets) {
        latency("targetNtpotMilliseconds", targets.ntpotMs());
        latency("targetTtftMilliseconds", targets.ttftMs());
        latency("targetItlMilliseconds", targets.itlMs());
    }

    static void cost(String field, BigDecimal usd) {
        if (usd != null && (usd.signum() <= 0 || usd.compareTo(MAX_USD_PER_MILLION) > 0)) {
            throw ProfileQueryException.invalid(
                    field, usd.toPlainString() + " is not allowed: USD > 0 and <= " + MAX_USD_PER_MILLION);
        }
    }

    /**
     * Average lengths come together (GIQ: "only works alongside"), each at least one token, and a request of both
     * must fit the model's context: the asked model's, or without one the longest context of the catalog (models with
     * a shorter one get no curve for these lengths, and the answer says why).
     */
    void averageLengths(Integer input, Integer output, String model) {
        if ((input == null) != (output == null)) {
            throw ProfileQueryException.invalid(
                    input == null ? "averageInputLength" : "averageOutputLength",
                    "averageInputLength and averageOutputLength work only together: give both or neither");
        }
        if (input == null) {
            return;
        }
        var limit = model == null ? null : catalog.model(model).orElse(null);
        int context = limit != null
                ? limit.maxContextTokens()
                : catalog.models().stream()
                        .mapToInt(m -> m.maxContextTokens())
                        .max()
                        .orElse(MAX_LENGTH_TOKENS);
        String whose = limit != null
                ? limit.id() + "'s context of " + context + " tokens"
                : "the longest context of the catalog's models, " + context + " tokens";
        length("averageInputLength", input, context - 1, whose);
        length("averageOutputLength", output, context - 1, whose);
        if ((long) input + output > context) {
            throw ProfileQueryException.invalid(
                    "averageInputLength",
                    input + " + " + output + " tokens is not allowed: averageInputLength + averageOutputLength must"
                            + " fit " + whose);
        }
    }

    private static void length(String field, int tokens, int max, String whose) {
        if (tokens < 1 || tokens > max) {
            throw ProfileQueryException.invalid(
                    field, tokens + " is not allowed: tokens from 1 to " + max + " (the sum must fit " + whose + ")");
        }
    }

    /** {@code null} when no use case is asked for. */
    UseCase useCase(String nameOrLabel) {
        if (nameOrLabel == null || nameOrLabel.isBlank()) {
            return null;
        }
        return catalog.useCase(nameOrLabel.trim())
                .orElseThrow(() -> ProfileQueryException.invalid(
                        "useCase",
                        ProfileQueryException.quoted(nameOrLabel) + " is not a use case. Allowed: "
                                + catalog.useCases().stream()
                                        .map(u -> u.apiName() + " (" + u.displayName() + ")")
                                        .collect(Collectors.joining(", "))));
    }

    static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProfileQueryException.invalid(field, "is required");
        }
    }

    /** Long lists (a large catalog) are cut so the error stays readable. */
    static String allowed(Collection<String> values) {
        int limit = 30;
        String shown = values.stream().limit(limit).collect(Collectors.joining(", "));
        return values.size() > limit ? shown + ", ... (" + values.size() + " in all)" : shown;
    }

    /**
     * Refuses (404 naming the field and what is allowed) a model, server or specific version that neither the curves
     * nor the catalog know; {@code null} names nothing.
     */
    void known(CurveIndex index, Set<String> knownServers, String model, String server, String versionSelector) {
        if (model != null && !index.hasModel(model) && catalog.model(model).isEmpty()) {
            throw ProfileQueryException.notFound("model", model, allowed(index.models()));
        }
        if (server != null && !knownServers.contains(server)) {
            throw ProfileQueryException.notFound(
                    "modelServer",
                    server,
                    allowed(knownServers.stream().sorted().toList()));
        }
        if (isSpecificVersion(versionSelector)) {
            Set<String> known = new LinkedHashSet<>(index.versions(model, server));
            if (server != null) {
                catalog.serverVersions(server).forEach(v -> known.add(v.version()));
            }
            if (!known.contains(versionSelector)) {
                List<String> allowed = new ArrayList<>(known);
                allowed.add(CurveIndex.LATEST_VERSION);
                allowed.add(CurveIndex.ALL_VERSIONS);
                throw ProfileQueryException.notFound("modelServerVersion", versionSelector, allowed(allowed));
            }
        }
    }

    private static boolean isSpecificVersion(String selector) {
        return selector != null
                && !selector.isBlank()
                && !selector.equalsIgnoreCase(CurveIndex.LATEST_VERSION)
                && !selector.equalsIgnoreCase(CurveIndex.ALL_VERSIONS);
    }
}
