package dev.iqconsole.catalog.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalog's filters as the address carries them ({@code ?q=gpt&provider=OpenAI&size=medium&access=open&optimized}),
 * so that a link shares them and Back restores them. Unknown values are ignored: an old or hand-edited link still opens
 * the catalog, with the filters it can read.
 */
final class CatalogQuery {

    private CatalogQuery() {}

    static QueryParameters of(ModelFilter filter) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!filter.text().isEmpty()) params.put("q", List.of(filter.text()));
        if (!filter.providers().isEmpty())
            params.put("provider", filter.providers().stream().sorted().toList());
        if (!filter.sizes().isEmpty()) {
            params.put(
                    "size",
                    filter.sizes().stream().sorted().map(CatalogQuery::name).toList());
        }
        if (filter.access() != Access.ANY) params.put("access", List.of(name(filter.access())));
        if (filter.optimizedOnly()) params.put("optimized", List.of("true"));
        return new QueryParameters(params);
    }

    static ModelFilter filter(QueryParameters query, Set<String> knownProviders) {
        Map<String, List<String>> params = query.getParameters();
        return new ModelFilter(
                first(params, "q").orElse(""),
                values(params, "provider").stream()
                        .filter(knownProviders::contains)
                        .collect(Collectors.toSet()),
                values(params, "size").stream()
                        .flatMap(v -> parse(SizeBucket.class, v).stream())
                        .collect(Collectors.toSet()),
                first(params, "access").flatMap(v -> parse(Access.class, v)).orElse(Access.ANY),
                first(params, "optimized").map(v -> !v.equals("false")).orElse(false));
    }

    private static List<String> values(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of());
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return values(params, name).stream().findFirst();
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (name(constant).equals(value.toLowerCase(Locale.ROOT))) return Optional.of(constant);
        }
        return Optional.empty();
    }
}
