package dev.iqconsole.cluster;

import io.fabric8.kubernetes.api.model.AuthInfo;
import io.fabric8.kubernetes.api.model.Cluster;
import io.fabric8.kubernetes.api.model.Config;
import io.fabric8.kubernetes.api.model.NamedAuthInfo;
import io.fabric8.kubernetes.api.model.NamedCluster;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads the contexts of the kubeconfig files, the way kubectl picks them. */
final class Kubeconfigs {

    private Kubeconfigs() {}

    /** Configured path first, then {@code KUBECONFIG} (a path list), then {@code ~/.kube/config}. */
    static List<Path> files(String configuredPath, String kubeconfigEnv, String userHome) {
        if (!configuredPath.isBlank()) {
            return List.of(Path.of(configuredPath));
        }
        if (kubeconfigEnv != null && !kubeconfigEnv.isBlank()) {
            return Arrays.stream(kubeconfigEnv.split(File.pathSeparator))
                    .filter(s -> !s.isBlank())
                    .map(Path::of)
                    .toList();
        }
        return List.of(Path.of(userHome, ".kube", "config"));
    }

    /** Contexts of all files; as in kubectl, the first file that defines a name wins. */
    static List<ClusterContext> contexts(List<Path> files) {
        Map<String, ClusterContext> byName = new LinkedHashMap<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            for (ClusterContext context : contextsOf(file)) {
                byName.putIfAbsent(context.name(), context);
            }
        }
        return List.copyOf(byName.values());
    }

    static List<ClusterContext> contextsOf(Path file) {
        Config config;
        try {
            config = KubeConfigUtils.parseConfig(file.toFile());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "The kubeconfig " + file + " cannot be read as YAML: " + firstLine(e.getMessage()), e);
        }
        List<ClusterContext> result = new ArrayList<>();
        for (NamedContext named : nullSafe(config.getContexts())) {
            var context = named.getContext();
            if (context == null) {
                continue;
            }
            String server = nullSafe(config.getClusters()).stream()
                    .filter(c -> Objects.equals(c.getName(), context.getCluster()))
                    .map(NamedCluster::getCluster)
                    .filter(Objects::nonNull)
                    .map(Cluster::getServer)
                    .findFirst()
                    .orElse("");
            AuthInfo user = nullSafe(config.getUsers()).stream()
                    .filter(u -> Objects.equals(u.getName(), context.getUser()))
                    .map(NamedAuthInfo::getUser)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            String plugin =
                    user != null && user.getExec() != null && user.getExec().getCommand() != null
                            ? user.getExec().getCommand()
                            : "";
            result.add(new ClusterContext(
                    named.getName(),
                    Objects.toString(context.getCluster(), ""),
                    server,
                    Objects.toString(context.getUser(), ""),
                    context.getNamespace() == null || context.getNamespace().isBlank()
                            ? "default"
                            : context.getNamespace(),
                    plugin,
                    file));
        }
        return result;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse(message);
    }
}
