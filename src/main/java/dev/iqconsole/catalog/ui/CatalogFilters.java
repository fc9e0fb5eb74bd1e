package dev.iqconsole.catalog.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** The catalog page's toolbar: search, provider, size, access and "Optimized only"; reports a {@link ModelFilter}. */
class CatalogFilters extends Div {

    private final TextField search = new TextField();
    private final MultiSelectComboBox<String> providers = new MultiSelectComboBox<>("Provider");
    private final MultiSelectComboBox<SizeBucket> sizes = new MultiSelectComboBox<>("Size");
    private final Select<Access> access = new Select<>();
    private final Checkbox optimizedOnly = new Checkbox("Optimized only");
    private boolean quiet;

    CatalogFilters(Collection<String> providerNames, Consumer<ModelFilter> onChange) {
        addClassName("iqc-toolbar");
        search.setId("model-search");
        search.setLabel("Search");
        search.setPlaceholder("Model, provider or license, e.g. gpt-oss");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("iqc-search");

        providers.setId("provider-filter");
        providers.setItems(providerNames.stream().sorted().toList());
        providers.setPlaceholder("Any provider");
        sizes.setId("size-filter");
        sizes.setItems(List.of(SizeBucket.values()));
        sizes.setItemLabelGenerator(SizeBucket::label);
        sizes.setPlaceholder("Any size");
        access.setId("access-filter");
        access.setLabel("Access");
        access.setItems(Access.values());
        access.setItemLabelGenerator(Access::label);
        access.setValue(Access.ANY);
        optimizedOnly.setId("optimized-only");

        Runnable changed = () -> {
            if (!quiet) onChange.accept(filter());
        };
        search.addValueChangeListener(e -> changed.run());
        providers.addValueChangeListener(e -> changed.run());
        sizes.addValueChangeListener(e -> changed.run());
        access.addValueChangeListener(e -> changed.run());
        optimizedOnly.addValueChangeListener(e -> changed.run());
        add(search, providers, sizes, access, optimizedOnly);
    }

    ModelFilter filter() {
        return new ModelFilter(
                search.getValue(), providers.getValue(), sizes.getValue(), access.getValue(), optimizedOnly.getValue());
    }

    /** Shows {@code filter} without reporting it back (the page applies it itself). */
    void set(ModelFilter filter) {
        quiet = true;
        try {
            search.setValue(filter.text());
            providers.setValue(filter.providers());
            sizes.setValue(filter.sizes());
            access.setValue(filter.access());
            optimizedOnly.setValue(filter.optimizedOnly());
        } finally {
            quiet = false;
        }
    }

    void clear() {
        search.clear();
        providers.clear();
        sizes.clear();
        access.setValue(Access.ANY);
        optimizedOnly.setValue(false);
    }
}
