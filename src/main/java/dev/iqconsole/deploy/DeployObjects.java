package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exact objects a deploy sends: the generator's objects in the request's namespace with the console's labels,
 * plus the Namespace and {@code hf-secret} when they must be created. Copies; the caller's objects stay untouched.
 */
final class DeployObjects {

    private DeployObjects() {}

    static List<HasMetadata> prepare(DeployRequest request, List<HasMetadata> generated, boolean namespaceExists) {
        List<HasMetadata> result = new ArrayList<>();
        boolean hasNamespace = generated.stream().anyMatch(o -> o instanceof Namespace);
        if (!namespaceExists && !hasNamespace) {
            result.add(namespace(request));
        }
        if (request.hfToken().isPresent() && generated.stream().noneMatch(o -> o instanceof Secret && isHfSecret(o))) {
            result.add(hfSecret(request));
        }
        for (HasMetadata object : generated) {
            if (object instanceof Namespace && namespaceExists) {
                continue; // never take over an existing namespace
            }
            result.add(labelled(request, Yaml.SERIALIZATION.clone(object)));
        }
        return ApplyOrder.sorted(result);
    }

    static Namespace namespace(DeployRequest request) {
        return new NamespaceBuilder()
                .withNewMetadata()
                .withName(request.namespace())
                .addToLabels(ManagedLabels.MANAGED_BY, ManagedLabels.CONSOLE)
                .endMetadata()
                .build();
    }

    /** The only place the token is read; the Secret lives in memory until it is sent. */
    static Secret hfSecret(DeployRequest request) {
        String encoded =
                Base64.getEncoder().encodeToString(request.hfToken().reveal().getBytes(StandardCharsets.UTF_8));
        return new SecretBuilder()
                .withNewMetadata()
                .withName(ManagedLabels.HF_SECRET)
                .withNamespace(request.namespace())
                // managed-by only: other deployments in the namespace may read the same secret
                .addToLabels(ManagedLabels.MANAGED_BY, ManagedLabels.CONSOLE)
                .endMetadata()
                .withType("Opaque")
                .addToData(ManagedLabels.HF_SECRET_KEY, encoded)
                .build();
    }

    static boolean isHfSecret(HasMetadata object) {
        return object instanceof Secret
                && ManagedLabels.HF_SECRET.equals(object.getMetadata().getName());
    }

    static boolean isShared(HasMetadata object) {
        return object instanceof Namespace || isHfSecret(object);
    }

    private static HasMetadata labelled(DeployRequest request, HasMetadata object) {
        if (!(object instanceof Namespace)) {
            object.getMetadata().setNamespace(request.namespace());
        }
        // sorted: the YAML preview and the history must not jitter
        Map<String, String> labels = new TreeMap<>();
        if (object.getMetadata().getLabels() != null) {
            labels.putAll(object.getMetadata().getLabels());
        }
        labels.put(ManagedLabels.MANAGED_BY, ManagedLabels.CONSOLE);
        if (!isShared(object)) {
            labels.put(ManagedLabels.DEPLOYMENT, request.deployment());
        }
        object.getMetadata().setLabels(labels);
        return object;
    }
}
