package dev.iqconsole.profile.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.profile.Curve;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/** Model, then model server, then use case: each list offers only what has curves under the choices above it. */
class ProfilePicker extends Div {

    private final List<Curve> curves;
    private final Select<String> model = new Select<>();
    private final Select<String> server = new Select<>();
    private final Select<String> useCase = new Select<>();
    private final Consumer<List<Curve>> onChange;

    ProfilePicker(Catalog catalog, List<Curve> curves, Consumer<List<Curve>> onChange) {
        this.curves = curves;
        this.onChange = onChange;
        addClassName("iqc-toolbar");
        model.setId("profile-model");
        model.setLabel("Model");
        model.setItemLabelGenerator(
                id -> catalog.model(id).map(Model::displayName).orElse(id) + " · " + id);
        model.setItems(distinct(curves, c -> c.key().model()));
        model.setWidth("26rem");
        server.setId("profile-server");
        server.setLabel("Model server");
        useCase.setId("profile-use-case");
        useCase.setLabel("Use case");
        model.addValueChangeListener(
                e -> offer(server, matching(e.getValue(), null), c -> c.key().modelServer()));
        server.addValueChangeListener(e -> offer(
                useCase, matching(model.getValue(), e.getValue()), c -> c.key().useCase()));
        useCase.addValueChangeListener(e -> publish());
        add(model, server, useCase);
    }

    boolean hasProfiles() {
        return !curves.isEmpty();
    }

    void selectFirst() {
        distinct(curves, c -> c.key().model()).stream().findFirst().ifPresent(model::setValue);
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
        select.setValue(items.isEmpty() ? null : items.getFirst());
    }

    private void publish() {
        var chosen = curves.stream()
                .filter(c -> c.key().model().equals(model.getValue()))
                .filter(c -> c.key().modelServer().equals(server.getValue()))
                .filter(c -> Objects.equals(c.key().useCase(), useCase.getValue()))
                .sorted(Comparator.comparing((Curve c) -> c.key().machineType()))
                .toList();
        onChange.accept(chosen);
    }

    private List<Curve> matching(String modelId, String serverId) {
        return curves.stream()
                .filter(c -> c.key().model().equals(modelId))
                .filter(c -> serverId == null || c.key().modelServer().equals(serverId))
                .toList();
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
