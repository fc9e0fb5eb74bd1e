package dev.iqconsole.deploy;

/**
 * How to reach a model server.
 *
 * @param inClusterUrl e.g. {@code http://vllm-gemma.models.svc.cluster.local:8000}
 * @param portForwardCommand a command to reach it from a workstation
 */
public record Endpoint(String service, int port, String inClusterUrl, String portForwardCommand) {}
