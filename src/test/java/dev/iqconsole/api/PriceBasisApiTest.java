package dev.iqconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.fixtures.ConsoleContext;
import dev.iqconsole.fixtures.ConsoleHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One price basis, as a client sees it: on every curve the API serves (every model, server, version, machine type and
 * pricing model of the real catalog), {@code cost_out x (input tok/s / R + output tok/s)} is one hourly price, the
 * catalog's for the machine type, at every point, GIQ's published points included.
 */
@ConsoleContext
class PriceBasisApiTest {

    private static final double R = 4.0;

    @Autowired
    JsonMapper mapper;

    @Autowired
    Catalog catalog;

    @Autowired
    ConsoleHttp http;

    @Test
    void every_point_of_every_served_curve_spreads_one_hourly_price_of_the_sheet_in_force() throws Exception {
        int points = 0;
        Set<String> machineTypes = new HashSet<>();
        for (JsonNode model : get("/v1/models:fetch").get("models")) {
            for (JsonNode server : get("/v1/modelServers:fetch?model=" + encode(model.asString()))
                    .get("modelServers")) {
                for (PricingModel pricingModel : PricingModel.values()) {
                    JsonNode answer = post(
                            "/v1/benchmarkingData:fetch",
                            "{\"modelServerInfo\":{\"model\":\"" + model.asString() + "\",\"modelServer\":\""
                                    + server.asString() + "\",\"modelServerVersion\":\"all\"},\"pricingModel\":\""
                                    + pricingModel.apiName() + "\"}");
                    for (JsonNode profile : answer.get("profile")) {
                        points += assertOneHourlyPrice(profile, pricingModel);
                        machineTypes.add(profile.get("instanceType").asString());
                    }
                }
            }
        }
        assertThat(points).as("priced points").isGreaterThan(1000);
        assertThat(machineTypes).as("machine types served").hasSizeGreaterThan(15);
    }

    private int assertOneHourlyPrice(JsonNode profile, PricingModel pricingModel) {
        String machineType = profile.get("instanceType").asString();
        var price = catalog.price(machineType, pricingModel);
        JsonNode workload = profile.get("workloadSpec");
        double inputPerOutput = workload.get("averageInputLength").asDouble()
                / workload.get("averageOutputLength").asDouble();
        int priced = 0;
        for (JsonNode stats : profile.get("performanceStats")) {
            if (stats.get("cost").isEmpty()) {
                assertThat(price)
                        .as(machineType + " has no " + pricingModel + " price: N/A")
                        .isEmpty();
                continue;
            }
            JsonNode cost = stats.get("cost").get(0);
            assertThat(cost.get("pricingModel").asString()).isEqualTo(pricingModel.apiName());
            assertThat(cost.get("outputInputCostRatio").asDouble()).isEqualTo(R);
            double output = stats.get("outputTokensPerSecond").asDouble();
            double input = stats.has("inputTokensPerSecond")
                    ? stats.get("inputTokensPerSecond").asDouble()
                    : output * inputPerOutput; // GIQ's published points give none: the use case's lengths stand in
            double weighted = input / R + output;
            double usdPerHour = usd(cost.get("costPerMillionOutputTokens")) * weighted * 3600 / 1e6;
            // the API's token rates are whole numbers: up to half a token per second off each
            double tolerance =
                    price.orElseThrow().usdPerHour().doubleValue() * (0.5 / R + 0.5 + 0.5 * inputPerOutput) / weighted
                            + 1e-6;
            assertThat(usdPerHour)
                    .as(machineType + ", "
                            + profile.at("/modelServerInfo/modelServerVersion").asString() + ", "
                            + pricingModel.apiName() + " at " + output + " tok/s")
                    .isCloseTo(price.orElseThrow().usdPerHour().doubleValue(), within(tolerance));
            priced++;
        }
        return priced;
    }

    private static double usd(JsonNode amount) {
        // proto3 JSON leaves out zero fields
        long units = amount.has("units") ? Long.parseLong(amount.get("units").asString()) : 0;
        int nanos = amount.has("nanos") ? amount.get("nanos").asInt() : 0;
        return units + nanos / 1e9;
    }

    private JsonNode get(String pathAndQuery) {
        return http.json(http.get(pathAndQuery));
    }

    private JsonNode post(String path, String body) {
        return http.json(http.post(path, body));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
