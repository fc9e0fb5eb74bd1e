package dev.iqconsole.manifest;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the generator returns: the objects in apply order, the deploy notes, and the layout version. The YAML of
 * {@link #documents()} is the serialization of exactly {@link #objects()}, so the preview is what Deploy applies.
 */
public final class ManifestSet {

    private final List<HasMetadata> objects;
    private final List<String> notes;
    private final String manifestVersion;
    /** Serialized on first use: callers that only apply or inspect the objects do not pay for YAML. */
    private volatile List<ManifestDocument> documents;

    ManifestSet(List<HasMetadata> objects, List<String> notes, String manifestVersion) {
        this.objects = List.copyOf(objects);
        this.notes = List.copyOf(notes);
        this.manifestVersion = manifestVersion;
    }

    /** The objects in apply order. They are fabric8 model objects: callers must not modify them. */
    public List<HasMetadata> objects() {
        return objects;
    }

    /** Comment lines, without the {@code # } prefix (GIQ's {@code comments}). */
    public List<String> notes() {
        return notes;
    }

    public String manifestVersion() {
        return manifestVersion;
    }

    /** Per object: kind, apiVersion, name and YAML content (GIQ's {@code kubernetesManifests}). */
    public List<ManifestDocument> documents() {
        List<ManifestDocument> result = documents;
        if (result == null) {
            // a race only serializes twice; the output is the same
            result = objects.stream()
                    .map(o -> new ManifestDocument(
                            o.getKind(), o.getApiVersion(), o.getMetadata().getName(), ManifestYaml.toYaml(o)))
                    .toList();
            documents = result;
        }
        return result;
    }

    /**
     * The text gcloud prints for {@code --output}: each document's content followed by {@code \n---\n}, then the
     * notes, each prefixed {@code # } and joined by {@code \n} (docs/reference/gke-inference-quickstart.md §3.7).
     */
    public String yaml(OutputMode mode) {
        StringBuilder out = new StringBuilder();
        if (mode != OutputMode.COMMENTS) {
            documents().forEach(d -> out.append(d.content()).append("\n---\n"));
        }
        if (mode != OutputMode.MANIFEST) {
            out.append(notes.stream().map(line -> ("# " + line).stripTrailing()).collect(Collectors.joining("\n")));
        }
        return out.toString();
    }
}
