package dev.iqconsole.deploy;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * TEST dispatcher that fills the gaps of fabric8's CRUD mock (it has no server-side apply, ignores dryRun and serves no API discovery, so kubectl cannot talk to it) so that the console and the real
 * {@code kubectl} can both talk to it: server-side apply (apply-patch becomes create or update), {@code dryRun=All}
 * (answered, not stored), legacy discovery, SelfSubjectAccessReview, plus injectable faults.
 */
public class ApiServerDispatcher extends KubernetesCrudDispatcher {

    /**
     * A fault answers matching requests instead of the CRUD store; {@code action} runs first (e.g. kill server). Code 0:
     * run the action and answer normally. Code {@link #HOLD}: run the action and hold the answer back for
     * {@code delay} without blocking the server, so that the action (the server going away) ends the exchange.
     */
    public record Fault(Predicate<RecordedRequest> when, int code, String reason, Duration delay, Runnable action) {

        public static final int HOLD = -1;

        /** The server shuts down while it handles a matching request: that request never gets an answer. */
        public static Fault serverGoesAway(Predicate<RecordedRequest> when, KubernetesMockServer server) {
            return new Fault(when, HOLD, "", Duration.ofMinutes(1), () -> new Thread(server::destroy).start());
        }
    }

    private static final KubernetesSerialization JSON = new KubernetesSerialization();

    public final List<Fault> faults = new CopyOnWriteArrayList<>();
    public final Set<String> deniedResources = ConcurrentHashMap.newKeySet();
    public final Set<String> servedGroups = ConcurrentHashMap.newKeySet();
    public final List<String> requests = new CopyOnWriteArrayList<>();
    /** Pod logs by "namespace/pod", served as the kubelet would (the CRUD mock has none); tailLines is honoured. */
    public final Map<String, String> podLogs = new ConcurrentHashMap<>();
    /** The log of a pod's container before its last restart ({@code previous=true}), by "namespace/pod". */
    public final Map<String, String> previousPodLogs = new ConcurrentHashMap<>();

    ApiServerDispatcher() {
        servedGroups.addAll(List.of(
                "apps",
                "autoscaling",
                "authorization.k8s.io",
                "monitoring.googleapis.com",
                "rbac.authorization.k8s.io"));
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.add(request.getMethod() + " " + request.getPath());
        for (Fault fault : faults) {
            if (fault.when().test(request)) {
                if (fault.action() != null) {
                    fault.action().run();
                }
                if (fault.code() == Fault.HOLD) {
                    // nothing is written before the body delay (a timer, not a sleep): the server can close meanwhile
                    return status(503, "held back by a test fault").setBodyDelay(fault.delay());
                }
                if (fault.code() == 0) {
                    sleep(fault.delay());
                    break; // the action only (e.g. the server goes away after this answer)
                }
                sleep(fault.delay());
                return status(fault.code(), fault.reason());
            }
        }
        String path = request.getPath();
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        if ("GET".equals(request.getMethod())) {
            String discovery = discovery(bare);
            if (discovery == null && isDiscoveryPath(bare)) {
                return status(404, "the server could not find the requested resource");
            }
            if (discovery != null) {
                return new MockResponse()
                        .setResponseCode(200)
                        .setHeader("Content-Type", "application/json")
                        .setBody(discovery);
            }
        }
        if ("GET".equals(request.getMethod()) && bare.matches("/api/v1/namespaces/[^/]+/pods/[^/]+/log")) {
            return podLog(bare, path);
        }
        if ("GET".equals(request.getMethod())
                && bare.matches("/api/v1/namespaces/[^/]+/events")
                && path.contains("fieldSelector=")) {
            return eventsAbout(request, bare, path);
        }
        if ("POST".equals(request.getMethod()) && bare.endsWith("/selfsubjectaccessreviews")) {
            return accessReview(request);
        }
        boolean dryRun = path.contains("dryRun=All");
        String contentType = String.valueOf(request.getHeader("Content-Type"));
        if ("PATCH".equals(request.getMethod()) && contentType.contains("apply-patch")) {
            String body = JSON.convertToJson(request.getUtf8Body());
            if (dryRun) {
                return json(200, body);
            }
            boolean exists = handleGet(bare).code() == 200;
            if (exists) {
                return handleUpdate(copy(request, HttpMethod.PUT, bare, body));
            }
            String collection = bare.substring(0, bare.lastIndexOf('/'));
            return handleCreate(copy(request, HttpMethod.POST, collection, body));
        }
        if (dryRun && Set.of("POST", "PUT", "PATCH").contains(request.getMethod())) {
            return json(200, request.getUtf8Body());
        }
        if ("PATCH".equals(request.getMethod()) && contentType.contains("strategic-merge-patch")) {
            return handlePatch(
                    copy(request, HttpMethod.PATCH, path, request.getUtf8Body(), "application/merge-patch+json"));
        }
        return super.dispatch(request);
    }

    private MockResponse podLog(String bare, String path) {
        String[] parts = bare.split("/");
        boolean previous = path.contains("previous=true");
        String log = (previous ? previousPodLogs : podLogs).get(parts[4] + "/" + parts[6]);
        if (log == null) {
            // what the kubelet answers for a container that never restarted
            return previous
                    ? status(400, "previous terminated container in pod " + parts[6] + " not found")
                    : status(404, "pod " + parts[6] + " has no log");
        }
        var tail = java.util.regex.Pattern.compile("tailLines=(\\d+)").matcher(path);
        if (tail.find()) {
            List<String> lines = log.lines().toList();
            int keep = Math.min(lines.size(), Integer.parseInt(tail.group(1)));
            log = String.join("\n", lines.subList(lines.size() - keep, lines.size()));
        }
        return new MockResponse()
                .setResponseCode(200)
                .setHeader("Content-Type", "text/plain")
                .setBody(log);
    }

    /**
     * The CRUD mock matches field selectors on metadata only; the API server also selects events by the object they
     * are about ({@code involvedObject.kind}, {@code involvedObject.name}, ...).
     */
    private MockResponse eventsAbout(RecordedRequest request, String bare, String path) {
        Map<String, String> wanted = new java.util.HashMap<>();
        String selector = java.net.URLDecoder.decode(
                path.replaceAll(".*[?&]fieldSelector=([^&]*).*", "$1"), StandardCharsets.UTF_8);
        for (String requirement : selector.split(",")) {
            String[] keyValue = requirement.split("=", 2);
            wanted.put(keyValue[0].replaceFirst("^involvedObject\\.", ""), keyValue[1]);
        }
        MockResponse all = super.dispatch(copy(request, HttpMethod.GET, bare, ""));
        @SuppressWarnings("unchecked")
        Map<String, Object> list = JSON.unmarshal(all.getBody().readUtf8(), Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) list.getOrDefault("items", List.of());
        list.put(
                "items",
                items.stream()
                        .filter(event -> {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> about =
                                    (Map<String, Object>) event.getOrDefault("involvedObject", Map.of());
                            return wanted.entrySet().stream()
                                    .allMatch(w -> w.getValue().equals(String.valueOf(about.get(w.getKey()))));
                        })
                        .toList());
        return json(200, JSON.asJson(list));
    }

    private MockResponse accessReview(RecordedRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, Object> review = JSON.unmarshal(request.getUtf8Body(), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes =
                (Map<String, Object>) ((Map<String, Object>) review.get("spec")).get("resourceAttributes");
        boolean allowed = !deniedResources.contains(String.valueOf(attributes.get("resource")));
        review.put(
                "status",
                allowed ? Map.of("allowed", true) : Map.of("allowed", false, "reason", "RBAC: denied by test"));
        return json(201, JSON.asJson(review));
    }

    private static RecordedRequest copy(RecordedRequest request, HttpMethod method, String path, String body) {
        return copy(request, method, path, body, "application/json");
    }

    private static RecordedRequest copy(
            RecordedRequest request, HttpMethod method, String path, String body, String contentType) {
        var headers = request.getHeaders()
                .newBuilder()
                .set("Content-Type", contentType)
                .build();
        return new RecordedRequest(
                method.name() + " " + path + " HTTP/1.1",
                method,
                path,
                headers,
                new Buffer(body.getBytes(StandardCharsets.UTF_8)));
    }

    static MockResponse json(int code, String body) {
        return new MockResponse()
                .setResponseCode(code)
                .setHeader("Content-Type", "application/json")
                .setBody(body);
    }

    static MockResponse status(int code, String reason) {
        String body = """
                {"kind":"Status","apiVersion":"v1","status":"Failure","message":"%s","reason":"%s","code":%d}""".formatted(
                reason,
                code == 403 ? "Forbidden" : code == 409 ? "Conflict" : code == 422 ? "Invalid" : "InternalError",
                code);
        return json(code, body);
    }

    private static void sleep(Duration delay) {
        if (delay == null || delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String discovery(String path) {
        return switch (path) {
            case "/version" -> """
                    {"major":"1","minor":"32","gitVersion":"v1.32.4-mock","platform":"linux/amd64"}""";
            case "/api" -> """
                    {"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":"127.0.0.1"}]}""";
            case "/apis" -> apiGroups();
            case "/api/v1" ->
                resources(
                        "v1",
                        List.of(
                                r("namespaces", "Namespace", false),
                                r("secrets", "Secret", true),
                                r("serviceaccounts", "ServiceAccount", true),
                                r("services", "Service", true),
                                r("pods", "Pod", true),
                                r("events", "Event", true),
                                r("nodes", "Node", false),
                                r("configmaps", "ConfigMap", true)));
            case "/apis/apps/v1" -> resources("apps/v1", List.of(r("deployments", "Deployment", true)));
            case "/apis/autoscaling/v2" ->
                resources("autoscaling/v2", List.of(r("horizontalpodautoscalers", "HorizontalPodAutoscaler", true)));
            case "/apis/authorization.k8s.io/v1" ->
                resources(
                        "authorization.k8s.io/v1",
                        List.of(r("selfsubjectaccessreviews", "SelfSubjectAccessReview", false)));
            case "/apis/monitoring.googleapis.com/v1" ->
                servedGroups.contains("monitoring.googleapis.com")
                        ? resources("monitoring.googleapis.com/v1", List.of(r("podmonitorings", "PodMonitoring", true)))
                        : null;
            case "/apis/monitoring.coreos.com/v1" ->
                servedGroups.contains("monitoring.coreos.com")
                        ? resources("monitoring.coreos.com/v1", List.of(r("servicemonitors", "ServiceMonitor", true)))
                        : null;
            case "/apis/rbac.authorization.k8s.io/v1" ->
                resources(
                        "rbac.authorization.k8s.io/v1",
                        List.of(r("roles", "Role", true), r("rolebindings", "RoleBinding", true)));
            case "/apis/gateway.networking.k8s.io/v1" ->
                servedGroups.contains("gateway.networking.k8s.io")
                        ? resources(
                                "gateway.networking.k8s.io/v1",
                                List.of(
                                        r("gateways", "Gateway", true),
                                        r("httproutes", "HTTPRoute", true),
                                        r("gatewayclasses", "GatewayClass", false)))
                        : null;
            case "/apis/inference.networking.k8s.io/v1" ->
                servedGroups.contains("inference.networking.k8s.io")
                        ? resources(
                                "inference.networking.k8s.io/v1", List.of(r("inferencepools", "InferencePool", true)))
                        : null;
            case "/apis/networking.gke.io/v1" ->
                servedGroups.contains("networking.gke.io")
                        ? resources(
                                "networking.gke.io/v1",
                                List.of(
                                        r("healthcheckpolicies", "HealthCheckPolicy", true),
                                        r("gcpbackendpolicies", "GCPBackendPolicy", true)))
                        : null;
            case "/apis/custom.metrics.k8s.io/v1beta2" ->
                servedGroups.contains("custom.metrics.k8s.io")
                        ? resources("custom.metrics.k8s.io/v1beta2", List.of())
                        : null;
            default -> path.startsWith("/apis/") && path.split("/").length == 3 ? group(path.substring(6)) : null;
        };
    }

    /** /apis/{group} and /apis/{group}/{version}: a group that is not served must answer 404, as a real server does. */
    private static boolean isDiscoveryPath(String path) {
        String[] parts = path.split("/");
        return path.startsWith("/apis/") && (parts.length == 3 || parts.length == 4);
    }

    private String apiGroups() {
        var groups = servedGroups.stream().sorted().map(this::groupJson).toList();
        return "{\"kind\":\"APIGroupList\",\"apiVersion\":\"v1\",\"groups\":[" + String.join(",", groups) + "]}";
    }

    private String group(String name) {
        return servedGroups.contains(name) ? groupJson(name) : null;
    }

    private String groupJson(String name) {
        String version = switch (name) {
            case "autoscaling" -> "v2";
            case "custom.metrics.k8s.io" -> "v1beta2";
            default -> "v1";
        };
        return """
                {"kind":"APIGroup","apiVersion":"v1","name":"%s","versions":[{"groupVersion":"%s/%s","version":"%s"}],"preferredVersion":{"groupVersion":"%s/%s","version":"%s"}}""".formatted(name, name, version, version, name, version, version);
    }

    private static String r(String plural, String kind, boolean namespaced) {
        return """
                {"name":"%s","singularName":"","namespaced":%s,"kind":"%s","verbs":["create","delete","get","list","patch","update","watch"]}""".formatted(plural, namespaced, kind);
    }

    private static String resources(String groupVersion, List<String> resources) {
        return "{\"kind\":\"APIResourceList\",\"apiVersion\":\"v1\",\"groupVersion\":\"" + groupVersion
                + "\",\"resources\":[" + String.join(",", resources) + "]}";
    }
}
