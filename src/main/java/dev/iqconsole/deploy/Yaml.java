package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** YAML of objects as shown and stored: Secret values are always replaced, so no token leaves memory this way. */
final class Yaml {

    static final String REDACTED = "<redacted>";
    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Yaml() {}

    static String of(List<HasMetadata> objects) {
        return objects.stream()
                .map(Yaml::redacted)
                .map(SERIALIZATION::asYaml)
                .map(y -> y.startsWith("---") ? y.substring(y.indexOf('\n') + 1) : y)
                .collect(Collectors.joining("---\n"));
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
