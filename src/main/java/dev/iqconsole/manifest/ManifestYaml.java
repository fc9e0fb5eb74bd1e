package dev.iqconsole.manifest;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.kubernetes.client.utils.YamlDumpSettingsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one YAML serialization of generated objects, used for the preview, the API and what Deploy applies. Output is
 * deterministic: fabric8's model classes fix the field order and the generator fills every map in a fixed order.
 */
public final class ManifestYaml {

    /** Quotes only where YAML needs them ({@code "4"}, {@code "true"}), as people write manifests. */
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization(
            JsonMapper.builder().build(),
            true,
            new YamlDumpSettingsBuilder().setMinimizeQuotes(true).build());

    private ManifestYaml() {}

    /** The object as a YAML document, without the leading {@code ---} and the final newline. */
    public static String toYaml(HasMetadata object) {
        String yaml = SERIALIZATION.asYaml(object);
        if (yaml.startsWith("---\n")) yaml = yaml.substring(4);
        return yaml.stripTrailing();
    }

    /** Reads one document back into its fabric8 type (or a GenericKubernetesResource for custom resources). */
    public static HasMetadata parse(String yaml) {
        return SERIALIZATION.unmarshal(yaml, HasMetadata.class);
    }

    static KubernetesSerialization serialization() {
        return SERIALIZATION;
    }
}
