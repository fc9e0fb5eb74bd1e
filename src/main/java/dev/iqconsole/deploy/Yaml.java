package dev.iqconsole.deploy;

import dev.iqconsole.manifest.ManifestYaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * YAML of objects as shown, downloaded and stored, in the style of {@code kubectl get -o yaml} (the manifest API's
 * renderer): quotes only where YAML needs them. Secret values are always replaced, so no token leaves memory this way.
 */
final class Yaml {

    static final String REDACTED = "<redacted>";
    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Yaml() {}

    static String of(List<HasMetadata> objects) {
        return render(objects, o -> "");
    }

    /**
     * The preview of a deploy: like {@link #of}, but a Namespace the console adds says that it is sent only when the
     * cluster lacks it (the preview is drawn without asking the cluster).
     */
    static String preview(List<HasMetadata> objects) {
        return render(objects, o -> o instanceof Namespace ? onlyIfMissing(o) : "");
    }

    /** Each object, redacted, as a document after its comment; documents separated by {@code ---}. */
    private static String render(List<HasMetadata> objects, Function<HasMetadata, String> comment) {
        return objects.stream()
                .map(o -> comment.apply(o) + ManifestYaml.toYaml(redacted(o)) + "\n")
                .collect(Collectors.joining("---\n"));
    }

    private static String onlyIfMissing(HasMetadata namespace) {
        return "# Sent only if namespace " + namespace.getMetadata().getName() + " does not exist yet.\n";
    }

    static HasMetadata redacted(HasMetadata object) {
        if (!(object instanceof Secret secret)) {
            return object;
        }
        Secret copy = SERIALIZATION.clone(secret);
        copy.setData(mask(copy.getData()));
        copy.setStringData(mask(copy.getStringData()));
        return copy;
    }

    private static Map<String, String> mask(Map<String, String> values) {
        if (values == null) {
            return null;
        }
        Map<String, String> masked = new LinkedHashMap<>();
        values.keySet().stream().sorted().forEach(k -> masked.put(k, REDACTED));
        return masked;
    }
}
