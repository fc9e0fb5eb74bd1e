package dev.iqconsole.profile.ui;

import com.vaadin.flow.component.html.Span;
import dev.iqconsole.profile.DataLabel;

/** The small coloured tags of the console (styled by {@code .iqc-tag-*} in console.css). */
public final class Tags {

    private Tags() {}

    public static Span optimized() {
        var tag = tag("Optimized", "iqc-tag-optimized");
        tag.getElement()
                .setAttribute("title", "Backed by a published benchmark: at least one profile row is copied from it");
        return tag;
    }

    public static Span modeledProfiles() {
        var tag = tag("Modeled profiles", "iqc-tag-modeled");
        tag.getElement()
                .setAttribute(
                        "title",
                        "No published benchmark yet: every profile comes from the calibrated serving model, "
                                + "with its stated error");
        return tag;
    }

    /** {@code published} or {@code modeled}; its title says on what the figures rest. */
    public static Span data(DataLabel label) {
        var tag = tag(label.label(), label.isPublished() ? "iqc-tag-published" : "iqc-tag-modeled");
        tag.getElement().setAttribute("title", label.describe());
        return tag;
    }

    public static Span access(boolean gated) {
        return gated ? tag("Gated", "iqc-tag-gated") : tag("Open weights", "iqc-tag-open");
    }

    public static Span plain(String text) {
        return tag(text, "iqc-tag-open");
    }

    private static Span tag(String text, String variant) {
        var tag = new Span(text);
        tag.addClassNames("iqc-tag", variant);
        return tag;
    }
}
