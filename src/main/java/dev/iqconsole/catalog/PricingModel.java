package dev.iqconsole.catalog;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * GIQ's pricing models, with their API names and the one name every page, chart and download shows for them (Google
 * Cloud's own words: Spot VMs, on-demand, committed use discounts). GIQ's default is {@link #SPOT}.
 */
public enum PricingModel {
    SPOT("spot", "Spot"),
    ON_DEMAND("on-demand", "On-demand"),
    ONE_YEAR_CUD("1-year-cud", "1-year CUD"),
    THREE_YEARS_CUD("3-years-cud", "3-year CUD");

    private final String apiName;
    private final String displayName;

    PricingModel(String apiName, String displayName) {
        this.apiName = apiName;
        this.displayName = displayName;
    }

    public String apiName() {
        return apiName;
    }

    /** What users read: {@code Spot}, {@code On-demand}, {@code 1-year CUD}, {@code 3-year CUD}. */
    public String displayName() {
        return displayName;
    }

    /** The display name of an API name; an unknown name is shown as it is. */
    public static String displayNameOf(String apiName) {
        return fromApiName(apiName).map(PricingModel::displayName).orElse(apiName);
    }

    public static Optional<PricingModel> fromApiName(String name) {
        return Arrays.stream(values()).filter(p -> p.apiName.equals(name)).findFirst();
    }

    /** For error messages: {@code spot, on-demand, 1-year-cud, 3-years-cud}. */
    public static String allowedNames() {
        return Arrays.stream(values()).map(PricingModel::apiName).collect(Collectors.joining(", "));
    }
}
