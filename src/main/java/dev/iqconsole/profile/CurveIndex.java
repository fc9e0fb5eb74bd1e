package dev.iqconsole.profile;

import dev.iqconsole.catalog.AcceleratorFamily;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.ServerVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The curves, indexed once at start for fast queries: by model, and with each curve's "is the latest version"
 * precomputed. "Latest" is per model x server x accelerator family, because a server's GPU and TPU builds are
 * versioned separately (vLLM: semver on GPUs, nightly tags on TPUs; giq-spec.md §1.3).
 */
final class CurveIndex {

    static final String ALL_VERSIONS = "all";
    static final String LATEST_VERSION = "latest";

    private final List<Curve> all;
    private final Map<String, List<Curve>> byModel = new TreeMap<>();
    private final Set<Curve> latest = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Map<String, Integer>> versionRankByServer = new HashMap<>();

    /** Curves are kept in this order, so a stable sort of results breaks every tie the same way. */
    static final Comparator<Curve> KEY_ORDER = Comparator.comparing(
                    (Curve c) -> c.key().model())
            .thenComparing(c -> c.key().modelServer())
            .thenComparing(CurveIndex::version)
            .thenComparing(c -> c.key().machineType())
            .thenComparing(c -> String.valueOf(c.key().useCase()));

    CurveIndex(Catalog catalog, List<Curve> curves) {
        this.all = curves.stream().sorted(KEY_ORDER).toList();
        for (Curve curve : all) {
            byModel.computeIfAbsent(curve.key().model(), m -> new ArrayList<>()).add(curve);
        }
        for (Curve curve : all) {
            versionRankByServer.computeIfAbsent(curve.key().modelServer(), s -> ranks(catalog.serverVersions(s)));
        }
        markLatest(catalog);
    }

    private static Map<String, Integer> ranks(List<ServerVersion> newestFirst) {
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            ranks.putIfAbsent(newestFirst.get(i).version(), i);
        }
        return ranks;
    }

    private void markLatest(Catalog catalog) {
        Map<String, AcceleratorFamily> families = new HashMap<>();
        Map<List<Object>, String> newest = new HashMap<>();
        Map<Curve, List<Object>> groupOf = new IdentityHashMap<>();
        for (Curve curve : all) {
            ProfileKey key = curve.key();
            AcceleratorFamily family = families.computeIfAbsent(
                    key.accelerator(),
                    a -> catalog.accelerator(a)
                            .map(accelerator -> accelerator.family())
                            .orElse(AcceleratorFamily.GPU));
            List<Object> group = List.of(key.model(), key.modelServer(), family);
            groupOf.put(curve, group);
            Comparator<String> order = newestFirst(key.modelServer());
            newest.merge(group, version(curve), (a, b) -> order.compare(a, b) <= 0 ? a : b);
        }
        for (Curve curve : all) {
            if (newest.get(groupOf.get(curve)).equals(version(curve))) {
                latest.add(curve);
            }
        }
    }

    /** Catalog order first (newest first), versions the catalog does not list after them, by name descending. */
    Comparator<String> newestFirst(String server) {
        Map<String, Integer> ranks = versionRankByServer.getOrDefault(server, Map.of());
        return Comparator.<String>comparingInt(v -> ranks.getOrDefault(v, Integer.MAX_VALUE))
                .thenComparing(Comparator.reverseOrder());
    }

    static String version(Curve curve) {
        return Objects.requireNonNullElse(curve.key().serverVersion(), "");
    }

    List<Curve> ofModel(String model) {
        return model == null ? all : byModel.getOrDefault(model, List.of());
    }

    Set<String> models() {
        return byModel.keySet();
    }

    boolean hasModel(String model) {
        return byModel.containsKey(model);
    }

    Set<String> servers(String model) {
        Set<String> servers = new TreeSet<>();
        ofModel(model).forEach(c -> servers.add(c.key().modelServer()));
        return servers;
    }

    List<String> versions(String model, String server) {
        Set<String> versions = new TreeSet<>(newestFirst(server));
        for (Curve curve : ofModel(model)) {
            if (server == null || server.equals(curve.key().modelServer())) {
                versions.add(version(curve));
            }
        }
        return List.copyOf(versions);
    }

    /** Whether the curve's version is selected by {@code null}/{@code latest}, {@code all} or a specific version. */
    boolean versionSelected(Curve curve, String selector) {
        if (selector == null || selector.isBlank() || selector.equalsIgnoreCase(LATEST_VERSION)) {
            return latest.contains(curve);
        }
        return selector.equalsIgnoreCase(ALL_VERSIONS) || selector.equals(version(curve));
    }
}
