package dev.iqconsole.profile;

import dev.iqconsole.catalog.AcceleratorFamily;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.ServerVersion;
import dev.iqconsole.catalog.UseCase;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * The curves, indexed once at start for fast queries: in key order, each known by its position in that order, with
 * what every query asks of it precomputed in arrays by position (is it the latest version, its use case) and each
 * model's curves as one range of positions. "Latest" is per model x server x accelerator family, because a server's
 * GPU and TPU builds are versioned separately (vLLM: semver on GPUs, nightly tags on TPUs; docs/reference/gke-inference-quickstart.md §7.2).
 */
final class CurveIndex {

    static final String ALL_VERSIONS = "all";
    static final String LATEST_VERSION = "latest";

    private final List<Curve> all;
    /** Model to the positions of its curves, {@code [from, to)}: key order is by model first. */
    private final Map<String, Positions> byModel = new TreeMap<>();

    private final boolean[] latest;
    private final UseCase[] useCases;
    private final int[] shapes;
    private final Map<String, Map<String, Integer>> versionRankByServer = new HashMap<>();

    /**
     * Curves are kept in this order, so a stable sort of results breaks every tie the same way. vLLM comes first among
     * a model's servers: where servers share one modeled curve (no server-specific measurement) they tie exactly, and
     * the tie goes to vLLM, the most widely used server and GIQ's default, not to the alphabet.
     */
    static final Comparator<Curve> KEY_ORDER = Comparator.comparing(
                    (Curve c) -> c.key().model())
            .thenComparingInt(c -> ModeledCurves.order(c.key().modelServer()))
            .thenComparing(c -> c.key().modelServer())
            .thenComparing(CurveIndex::version)
            .thenComparing(c -> c.key().machineType())
            .thenComparing(c -> String.valueOf(c.key().useCase()));

    /** The positions {@code [from, to)} of a run of curves in key order. */
    record Positions(int from, int to) {}

    /** Each curve's use case is the catalog's use case of its key. */
    CurveIndex(Catalog catalog, List<Curve> curves) {
        this(catalog, curves, byKey(catalog));
    }

    /**
     * @param useCaseOf each curve's use case, with the lengths it was modeled for ({@code null} if unknown)
     */
    CurveIndex(Catalog catalog, List<Curve> curves, Function<Curve, UseCase> useCaseOf) {
        this.all = curves.stream().sorted(KEY_ORDER).toList();
        this.latest = new boolean[all.size()];
        this.useCases = new UseCase[all.size()];
        this.shapes = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            ProfileKey key = all.get(i).key();
            byModel.merge(key.model(), new Positions(i, i + 1), (a, b) -> new Positions(a.from(), b.to()));
            versionRankByServer.computeIfAbsent(key.modelServer(), s -> ranks(catalog.serverVersions(s)));
            useCases[i] = useCaseOf.apply(all.get(i));
            shapes[i] = CurveShape.of(all.get(i).points());
        }
        markLatest(catalog);
    }

    /** Each curve's use case as the catalog knows it by the curve's key. */
    static Function<Curve, UseCase> byKey(Catalog catalog) {
        Map<String, Optional<UseCase>> useCaseByName = new HashMap<>();
        return curve -> curve.key().useCase() == null
                ? null
                : useCaseByName
                        .computeIfAbsent(curve.key().useCase(), catalog::useCase)
                        .orElse(null);
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
        for (int i = 0; i < all.size(); i++) {
            Curve curve = all.get(i);
            latest[i] = newest.get(groupOf.get(curve)).equals(version(curve));
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
        Positions positions = positionsOf(model);
        return all.subList(positions.from(), positions.to());
    }

    /** All positions for {@code null}; an empty range for a model without curves. */
    Positions positionsOf(String model) {
        return model == null ? new Positions(0, all.size()) : byModel.getOrDefault(model, new Positions(0, 0));
    }

    int size() {
        return all.size();
    }

    Curve curve(int position) {
        return all.get(position);
    }

    /** What {@link OperatingPoints} may skip on the curve: see {@link CurveShape}. */
    int shape(int position) {
        return shapes[position];
    }

    /** The catalog's use case of the curve, {@code null} if the catalog does not know it. */
    UseCase useCase(int position) {
        return useCases[position];
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

    /**
     * Which positions' versions {@code null}/{@code latest}, {@code all} or a specific version selects. The selector
     * is read once per query, not once per curve.
     */
    IntPredicate versionsSelectedBy(String selector) {
        if (selector == null || selector.isBlank() || selector.equalsIgnoreCase(LATEST_VERSION)) {
            return position -> latest[position];
        }
        if (selector.equalsIgnoreCase(ALL_VERSIONS)) {
            return position -> true;
        }
        return position -> selector.equals(version(all.get(position)));
    }
}
