package dev.iqconsole.profile;

import java.math.BigDecimal;

/**
 * What to look for; every filter left {@code null} matches everything (GIQ's {@code FetchProfilesRequest}).
 *
 * @param modelServerVersion {@code null} or {@code latest}: the most recently benchmarked version; {@code all}; or
 *     one version
 * @param useCase API name ({@code chatbot}) or gcloud label ({@code Chatbot (ShareGPT)})
 * @param averageInputLength matched within ±20%, only together with {@code averageOutputLength}
 * @param pricingModel API name; {@code null} means {@code spot}
 * @param outputInputCostRatio R in the cost formula; {@code null} means 4
 */
public record ProfileQuery(
        String model,
        String modelServer,
        String modelServerVersion,
        String useCase,
        Integer averageInputLength,
        Integer averageOutputLength,
        String pricingModel,
        LatencyTargets targets,
        BigDecimal targetUsdPerMillionOutput,
        BigDecimal targetUsdPerMillionInput,
        Double outputInputCostRatio,
        ProfileOrder order) {

    public ProfileQuery {
        targets = targets == null ? LatencyTargets.none() : targets;
        order = order == null ? ProfileOrder.RECOMMENDED : order;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Many optional filters: a builder reads better at call sites than a 12-argument constructor. */
    public static final class Builder {
        private String model;
        private String modelServer;
        private String modelServerVersion;
        private String useCase;
        private Integer averageInputLength;
        private Integer averageOutputLength;
        private String pricingModel;
        private Double ntpotMs;
        private Double ttftMs;
        private Double itlMs;
        private BigDecimal targetUsdPerMillionOutput;
        private BigDecimal targetUsdPerMillionInput;
        private Double outputInputCostRatio;
        private ProfileOrder order;

        private Builder() {}

        public Builder model(String value) {
            model = value;
            return this;
        }

        public Builder modelServer(String value) {
            modelServer = value;
            return this;
        }

        public Builder modelServerVersion(String value) {
            modelServerVersion = value;
            return this;
        }

        public Builder useCase(String value) {
            useCase = value;
            return this;
        }

        public Builder averageLengths(Integer input, Integer output) {
            averageInputLength = input;
            averageOutputLength = output;
            return this;
        }

        public Builder pricingModel(String value) {
            pricingModel = value;
            return this;
        }

        public Builder targetNtpotMs(Double value) {
            ntpotMs = value;
            return this;
        }

        public Builder targetTtftMs(Double value) {
            ttftMs = value;
            return this;
        }

        public Builder targetItlMs(Double value) {
            itlMs = value;
            return this;
        }

        public Builder targetUsdPerMillionOutput(BigDecimal value) {
            targetUsdPerMillionOutput = value;
            return this;
        }

        public Builder targetUsdPerMillionInput(BigDecimal value) {
            targetUsdPerMillionInput = value;
            return this;
        }

        public Builder outputInputCostRatio(Double value) {
            outputInputCostRatio = value;
            return this;
        }

        public Builder order(ProfileOrder value) {
            order = value;
            return this;
        }

        public ProfileQuery build() {
            return new ProfileQuery(
                    model,
                    modelServer,
                    modelServerVersion,
                    useCase,
                    averageInputLength,
                    averageOutputLength,
                    pricingModel,
                    new LatencyTargets(ntpotMs, ttftMs, itlMs),
                    targetUsdPerMillionOutput,
                    targetUsdPerMillionInput,
                    outputInputCostRatio,
                    order);
        }
    }
}
