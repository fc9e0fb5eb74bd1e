package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.iqconsole.catalog.UseCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workload the page models: one of GIQ's use cases (its average lengths shown with where they come from:
 * published, or assumed where GIQ does not publish them), or the user's own average input and output lengths.
 */
class WorkloadField extends Div {

    /** The choice that shows the two length fields. */
    static final String CUSTOM = "custom";

    final Select<String> useCase = new Select<>();
    /** Text fields read by {@link TypedNumber}, so that "2e3" is 2000 and "1.5" gets a message, never a misread. */
    final TextField input = new TextField("Average input tokens");

    final TextField output = new TextField("Average output tokens");
    private final Map<String, UseCase> byName = new LinkedHashMap<>();

    WorkloadField() {
        addClassName("iqc-workload");
        setId("workload");
        useCase.setLabel("Use case");
        useCase.setId("use-case");
        input.setId("input-length");
        output.setId("output-length");
        useCase.addValueChangeListener(e -> showLengths());
        add(useCase, input, output);
    }

    /** The catalog's use cases, then "Custom lengths"; the lengths fields start at the chosen use case's. */
    void setUseCases(List<UseCase> useCases, String selected) {
        byName.clear();
        useCases.forEach(u -> byName.put(u.apiName(), u));
        List<String> items = new ArrayList<>(byName.keySet());
        items.add(CUSTOM);
        useCase.setItems(items);
        useCase.setItemLabelGenerator(name ->
                name.equals(CUSTOM) ? "Custom lengths" : byName.get(name).displayName());
        useCase.setValue(byName.containsKey(selected) ? selected : items.getFirst());
        UseCase start = byName.get(useCase.getValue());
        input.setValue(String.valueOf(start.averageInputTokens()));
        output.setValue(String.valueOf(start.averageOutputTokens()));
        showLengths();
    }

    boolean custom() {
        return CUSTOM.equals(useCase.getValue());
    }

    /** The use case's API name, {@code null} for custom lengths. */
    String apiUseCase() {
        return custom() ? null : useCase.getValue();
    }

    /** The asked lengths, {@code null} unless custom. */
    Integer averageInputLength() {
        return custom() ? tokens(input) : null;
    }

    Integer averageOutputLength() {
        return custom() ? tokens(output) : null;
    }

    /** False when custom lengths are typed that are not whole positive numbers: nothing is modeled for them. */
    boolean readable() {
        return !custom() || (tokens(input) != null && tokens(output) != null);
    }

    /** Marks a custom length that is not a whole positive number, saying what was typed. */
    void checkLengths() {
        if (!custom()) {
            return;
        }
        for (var field : List.of(input, output)) {
            if (tokens(field) == null) {
                DeployForm.fail(
                        field,
                        (field.getValue().isBlank()
                                        ? "Enter"
                                        : "'" + field.getValue().strip() + "' is not")
                                + " a whole number of tokens above 0, e.g. 512 or 2e3 (2000).");
            }
        }
    }

    private static Integer tokens(TextField field) {
        return TypedNumber.read(field.getValue(), "tokens").wholeUpTo(Integer.MAX_VALUE);
    }

    private void showLengths() {
        boolean custom = custom();
        input.setVisible(custom);
        output.setVisible(custom);
        UseCase chosen = byName.get(useCase.getValue());
        useCase.setHelperText(
                custom
                        ? "Your average lengths: every curve is modeled for them."
                        : chosen == null ? null : "Average lengths " + chosen.describeLengths() + ".");
    }
}
