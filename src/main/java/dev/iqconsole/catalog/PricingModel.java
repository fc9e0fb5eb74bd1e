package dev.iqconsole.catalog;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** GIQ's pricing models, with their API names. GIQ's default is {@link #SPOT}. */
public enum PricingModel {
    SPOT("spot"),
    ON_DEMAND("on-demand"),
    ONE_YEAR_CUD("1-year-cud"),
    THREE_YEARS_CUD("3-years-cud");

    private final String apiName;

    PricingModel(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<PricingModel> fromApiName(String name) {
        return Arrays.stream(values()).filter(p -> p.apiName.equals(name)).findFirst();
    }

    /** For error messages: {@code spot, on-demand, 1-year-cud, 3-years-cud}. */
    public static String allowedNames() {
        return Arrays.stream(values()).map(PricingModel::apiName).collect(Collectors.joining(", "));
    }
}
