package dev.iqconsole.profile.ui;

import dev.iqconsole.profile.PricedPoint;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the model page's profiles: the profiles of one machine type whose servers share one curve, and so every
 * figure and the same data label (vLLM, SGLang and TGI on the calibrated model). Three rows that differ only in the
 * server's name read as duplicates; one row listing the servers does not, and each server keeps its own Deploy link.
 *
 * @param profiles at least one; all with the same machine type, use case and priced point
 * @param recommended whether the deploy page's first choice is among them
 */
public record GlanceRow(List<Profile> profiles, boolean recommended) {

    public GlanceRow {
        profiles = List.copyOf(profiles);
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("a row needs a profile");
        }
    }

    /** The row's figures, its machine type and accelerators: those of every profile in it. */
    public Profile first() {
        return profiles.getFirst();
    }

    /**
     * The profiles grouped where everything shown but the server is equal (machine, accelerators, use case, point,
     * cost and data label, its basis included), in the order of each group's first profile.
     */
    static List<GlanceRow> of(List<Profile> profiles, ProfileKey recommended) {
        record Same(String machineType, String accelerators, String useCase, PricedPoint at) {}
        Map<Same, List<Profile>> groups = new LinkedHashMap<>();
        for (Profile p : profiles) {
            var same = new Same(
                    p.key().machineType(),
                    ProfilesGlance.accelerator(p.key()),
                    p.key().useCase(),
                    p.at());
            groups.computeIfAbsent(same, k -> new ArrayList<>()).add(p);
        }
        return groups.values().stream()
                .map(g -> new GlanceRow(g, g.stream().anyMatch(p -> p.key().equals(recommended))))
                .toList();
    }
}
