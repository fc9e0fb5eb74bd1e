package dev.iqconsole.profile.ui;

import com.vaadin.flow.component.html.Span;
import dev.iqconsole.profile.ProfileKey;

/**
 * What a row of profiles is, in one narrow cell: the machine type (tagged when the deploy page recommends it) over its
 * accelerators. One cell instead of two keeps the identifying column narrow enough that a phone still shows the cost
 * beside it, and the model page and the deploy page's alternatives read the same.
 */
public final class MachineCell {

    private MachineCell() {}

    public static Span of(ProfileKey key, boolean recommended) {
        var line = new Span(new Span(key.machineType()));
        line.addClassName("iqc-machine-line");
        if (recommended) {
            var tag = Tags.plain("Recommended");
            tag.addClassName("iqc-tag-recommended");
            line.add(tag);
        }
        var accelerators = new Span(ProfilesGlance.accelerator(key));
        accelerators.addClassNames("iqc-muted", "iqc-accelerators");
        var cell = new Span(line, accelerators);
        cell.addClassName("iqc-stacked");
        return cell;
    }
}
