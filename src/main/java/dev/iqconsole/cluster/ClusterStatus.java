package dev.iqconsole.cluster;

import java.util.List;

/**
 * What a context looks like right now.
 *
 * @param reachable whether the API server answered with the context's credentials
 * @param message a plain sentence: the version when reachable, otherwise what is wrong and how to fix it
 */
public record ClusterStatus(
        ClusterContext context,
        boolean reachable,
        String serverVersion,
        String message,
        List<NodeAccelerator> nodes,
        List<AcceleratorPool> accelerators) {

    static ClusterStatus unreachable(ClusterContext context, String message) {
        return new ClusterStatus(context, false, "", message, List.of(), List.of());
    }
}
