package dev.iqconsole.catalog.ui;

import dev.iqconsole.catalog.Model;
import dev.iqconsole.profile.Curve;
import dev.iqconsole.profile.DataLabel;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A model as the catalog page lists it: its facts plus what its profiles say about it.
 *
 * @param profileCount how many curves (published or modeled) the model has
 * @param publishedData whether at least one of its profile rows (a curve at its inflection point) is labeled published
 */
record ModelListing(Model model, int profileCount, boolean publishedData) {

    /** "Optimized", as on GKE's page: backed by a published benchmark, not by the model alone. */
    boolean optimized() {
        return publishedData;
    }

    /** Profiles that rest on the calibrated model only. */
    boolean modeledOnly() {
        return profileCount > 0 && !publishedData;
    }

    /** One listing per model, in the catalog's order; {@code rowLabel} labels a curve's row as every page does. */
    static List<ModelListing> of(List<Model> models, List<Curve> curves, Function<Curve, DataLabel> rowLabel) {
        Map<String, List<Curve>> byModel =
                curves.stream().collect(Collectors.groupingBy(c -> c.key().model()));
        return models.stream()
                .map(model -> {
                    var own = byModel.getOrDefault(model.id(), List.of());
                    boolean published =
                            own.stream().anyMatch(c -> rowLabel.apply(c).isPublished());
                    return new ModelListing(model, own.size(), published);
                })
                .toList();
    }
}
