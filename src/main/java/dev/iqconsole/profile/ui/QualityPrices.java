package dev.iqconsole.profile.ui;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileQuery;
import dev.iqconsole.profile.ProfileService;
import java.util.ArrayList;
import java.util.List;

/**
 * For the quality-vs-price chart: each model with profiles, its published quality Elo, and the $/M output tokens of
 * its recommended profile (the engine ranks the cheapest first) over every server and version, so a published
 * measurement counts even when a newer version has only modeled curves. Models without an
 * Elo, or with no priced profile, are named separately so the chart does not silently drop them.
 */
record QualityPrices(List<CostCharts.QualityPoint> points, List<String> noQualityScore, List<String> noPrice) {

    static QualityPrices of(Catalog catalog, ProfileService profiles, String pricingModel) {
        var points = new ArrayList<CostCharts.QualityPoint>();
        var noScore = new ArrayList<String>();
        var noPrice = new ArrayList<String>();
        for (String id : profiles.modelsWithProfiles()) {
            var model = catalog.model(id);
            String name = model.map(Model::displayName).orElse(id);
            Integer elo = model.map(Model::qualityElo).orElse(null);
            if (elo == null) {
                noScore.add(name);
                continue;
            }
            var cheapest = profiles
                    .fetch(ProfileQuery.builder()
                            .model(id)
                            .modelServerVersion("all")
                            .pricingModel(pricingModel)
                            .build())
                    .profiles()
                    .stream()
                    .filter(p -> p.at().hasCost() && p.at().cost().usdPerMillionOutput() != null)
                    .map(Profile::at)
                    .findFirst();
            if (cheapest.isPresent()) {
                points.add(new CostCharts.QualityPoint(
                        name, elo, cheapest.get().cost().usdPerMillionOutput()));
            } else {
                noPrice.add(name);
            }
        }
        return new QualityPrices(List.copyOf(points), List.copyOf(noScore), List.copyOf(noPrice));
    }
}
