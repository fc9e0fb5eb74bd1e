package dev.iqconsole.profile.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.catalog.UseCase;
import dev.iqconsole.profile.Curve;
import dev.iqconsole.profile.ProfileKey;
import dev.iqconsole.profile.ProfileService;
import dev.iqconsole.profile.Provenance;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Model, then model server, then its version, then use case: each list offers only what has curves under the choices above it. Each
 * list starts on the choice backed by the most evidence (published points, then curves anchored on one), so the
 * explorer opens on real measurements rather than on whatever sorts first.
 */
class ProfilePicker extends Div {

    private final List<Curve> curves;
    private final Select<String> model = new Select<>();
    private final Select<String> server = new Select<>();
    private final Select<String> version = new Select<>();
    private final Select<String> useCase = new Select<>();
    private final Consumer<List<Curve>> onChange;

    ProfilePicker(Catalog catalog, List<Curve> curves, Consumer<List<Curve>> onChange) {
        this.curves = curves;
        this.onChange = onChange;
        addClassName("iqc-toolbar");
        // fields line up by their labels: the use case's helper text (its lengths) hangs below, not above
        addClassName("iqc-profile-picker");
        model.setId("profile-model");
        model.setLabel("Model");
        model.setItemLabelGenerator(
                id -> catalog.model(id).map(Model::displayName).orElse(id) + " · " + id);
        model.setItems(distinct(curves, c -> c.key().model()));
        model.setWidth("26rem");
        server.setId("profile-server");
        server.setLabel("Model server");
        version.setId("profile-server-version");
        version.setLabel("Version");
        useCase.setId("profile-use-case");
        useCase.setLabel("Use case");
        useCase.setWidth("18rem"); // "Advanced Customer Support (assumed lengths)" is the longest
        // the gcloud label, with where the use case's average lengths come from (published or assumed)
        useCase.setItemLabelGenerator(name -> catalog.useCase(name)
                .map(u -> u.displayName() + (u.lengths() == UseCase.Lengths.PUBLISHED ? "" : " (assumed lengths)"))
                .orElse(String.valueOf(name)));
        useCase.addValueChangeListener(e -> useCase.setHelperText(catalog.useCase(e.getValue())
                .map(u -> "Average lengths " + u.describeLengths())
                .orElse(null)));
        model.addValueChangeListener(e ->
                offer(server, matching(e.getValue(), null, null), c -> c.key().modelServer()));
        server.addValueChangeListener(
                e -> offer(version, matching(model.getValue(), e.getValue(), null), ProfilePicker::versionOf));
        version.addValueChangeListener(e -> offer(
                useCase,
                matching(model.getValue(), server.getValue(), e.getValue()),
                c -> c.key().useCase()));
        useCase.addValueChangeListener(e -> publish());
        add(model, server, version, useCase);
    }

    boolean hasProfiles() {
        return !curves.isEmpty();
    }

    void selectFirst() {
        best(curves, c -> c.key().model()).ifPresent(model::setValue);
    }

    /** Selects a model by id if it has profiles; an unknown id leaves the choice as it is. */
    void selectModel(String id) {
        if (distinct(curves, c -> c.key().model()).contains(id)) {
            model.setValue(id);
        }
    }

    private void offer(Select<String> select, List<Curve> candidates, Function<Curve, String> value) {
        var items = distinct(candidates, value);
        select.setItems(items);
        select.setValue(best(candidates, value).orElse(null));
    }

    /** The value with the strongest evidence; among equals, the one with more curves, then the first by name. */
    private static Optional<String> best(List<Curve> candidates, Function<Curve, String> value) {
        Map<String, Integer> evidence = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (Curve curve : candidates) {
            String v = value.apply(curve);
            if (v != null) {
                evidence.merge(v, evidence(curve), Math::max);
                count.merge(v, 1, Integer::sum);
            }
        }
        return evidence.keySet().stream()
                .sorted(Comparator.comparing((String v) -> evidence.get(v))
                        .thenComparing(count::get)
                        .reversed()
                        // GIQ's default use case first among equals: the one whose lengths are published
                        .thenComparing(v -> !v.equals(ProfileService.DEFAULT_USE_CASE))
                        .thenComparing(Comparator.naturalOrder()))
                .findFirst();
    }

    private static int evidence(Curve curve) {
        if (curve.provenance() != Provenance.MODELED) {
            return 2;
        }
        // a modeled curve that ends on a published knee rests on more than the model alone
        return curve.points().stream().anyMatch(p -> p.provenance() != Provenance.MODELED) ? 1 : 0;
    }

    private void publish() {
        var chosen = matching(model.getValue(), server.getValue(), version.getValue()).stream()
                .filter(c -> Objects.equals(c.key().useCase(), useCase.getValue()))
                .sorted(Comparator.comparing((Curve c) -> c.key().machineType()))
                .toList();
        onChange.accept(chosen);
    }

    private List<Curve> matching(String modelId, String serverId, String serverVersion) {
        return curves.stream()
                .filter(c -> c.key().model().equals(modelId))
                .filter(c -> serverId == null || c.key().modelServer().equals(serverId))
                .filter(c -> serverVersion == null || versionOf(c).equals(serverVersion))
                .toList();
    }

    /** A curve without a version (the engine labels published ones {@code unstated}) is offered under that label. */
    private static String versionOf(Curve curve) {
        return Objects.requireNonNullElse(curve.key().serverVersion(), ProfileKey.UNSTATED_VERSION);
    }

    private static List<String> distinct(List<Curve> curves, Function<Curve, String> value) {
        return curves.stream()
                .map(value)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }
}
