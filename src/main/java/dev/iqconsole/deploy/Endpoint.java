package dev.iqconsole.deploy;

/**
 * How to reach a model server.
 *
 * @param inClusterUrl e.g. {@code http://vllm-gemma.models.svc.cluster.local:8000}
 * @param portForwardCommand a command to reach it from a workstation
 * @param gateway with a serving stack (llm-d), the Gateway that routes to the replicas through the endpoint picker:
 *     the way in clients should use; {@code null} for a model server alone
 */
public record Endpoint(
        String service, int port, String inClusterUrl, String portForwardCommand, GatewayAddress gateway) {

    public Endpoint(String service, int port, String inClusterUrl, String portForwardCommand) {
        this(service, port, inClusterUrl, portForwardCommand, null);
    }

    Endpoint through(GatewayAddress found) {
        return new Endpoint(service, port, inClusterUrl, portForwardCommand, found);
    }

    /**
     * A Gateway and the address its controller published in its status; {@code address} is {@code null} until the
     * controller assigns one (a GKE load balancer takes minutes), or when no controller serves its class.
     */
    public record GatewayAddress(String name, String address, int port, String watchCommand) {

        public boolean pending() {
            return address == null || address.isBlank();
        }

        /** {@code http://34.1.2.3} (port 80 left out), an IPv6 address in brackets; {@code null} while pending. */
        public String url() {
            if (pending()) {
                return null;
            }
            String host = address.contains(":") ? "[" + address + "]" : address;
            return "http://" + host + (port == 80 ? "" : ":" + port);
        }
    }
}
