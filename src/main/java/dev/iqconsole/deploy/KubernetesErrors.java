package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** Turns what the API server (or the network) said into one sentence about one object. */
final class KubernetesErrors {

    private KubernetesErrors() {}

    static String explain(HasMetadata object, Throwable error) {
        String what = ObjectOutcome.describe(object);
        boolean noServerStatus = !(error instanceof KubernetesClientException k0)
                || k0.getStatus() == null
                || k0.getStatus().getMessage() == null
                || k0.getStatus().getMessage().isBlank();
        if (noServerStatus && error.getCause() != null && isConnectionLost(error.getCause())) {
            return what + ": the connection to the API server was lost (" + rootMessage(error)
                    + "). Check that the cluster is reachable, then retry.";
        }
        if (error instanceof KubernetesClientException k && k.getCode() > 0) {
            return answered(what, object, k); // the server answered: its status code says what happened
        }
        if (isTimeout(error)) {
            return what + ": the API server did not answer in time (timeout); the object may or may not have been"
                    + " changed. Retry: server-side apply is safe to repeat.";
        }
        if (isConnectionLost(error)) {
            return what + ": the connection to the API server was lost (" + rootMessage(error)
                    + "). Check that the cluster is reachable, then retry.";
        }
        if (isMissingApi(error)) {
            return what + ": the cluster does not serve " + object.getKind() + " (" + object.getApiVersion()
                    + "); its CRD is not installed. Install it, or choose Monitoring: None, then retry.";
        }
        return what + ": the request failed (" + rootMessage(error) + "). Retry; if it persists, check the cluster.";
    }

    /**
     * fabric8 finds the endpoint of a custom resource by API discovery; when the CRD is missing it fails before any
     * request, with a message that prints the whole object.
     */
    static boolean isMissingApi(Throwable error) {
        return String.valueOf(error.getMessage()).startsWith("Could not find a registered handler");
    }

    /** Why a call got no usable answer, as the fix depends on it. */
    enum Cause {
        UNAUTHORIZED,
        FORBIDDEN,
        NOT_FOUND,
        TIMED_OUT,
        UNREACHABLE,
        SERVER_ERROR,
        OTHER
    }

    static Cause cause(Throwable error) {
        if (error instanceof KubernetesClientException k && k.getCode() > 0) {
            return switch (k.getCode()) {
                case 401 -> Cause.UNAUTHORIZED;
                case 403 -> Cause.FORBIDDEN;
                case 404 -> Cause.NOT_FOUND;
                case 504 -> Cause.TIMED_OUT;
                default -> k.getCode() >= 500 ? Cause.SERVER_ERROR : Cause.OTHER;
            };
        }
        if (isTimeout(error)) return Cause.TIMED_OUT;
        if (isConnectionLost(error)) return Cause.UNREACHABLE;
        return Cause.OTHER;
    }

    /** The cause in words for the middle of a sentence: "forbidden (403)", "timed out", "unreachable (...)". */
    static String words(Throwable error) {
        int code = error instanceof KubernetesClientException k ? k.getCode() : 0;
        return switch (cause(error)) {
            case UNAUTHORIZED -> "unauthorized (401): the credentials have probably expired";
            case FORBIDDEN -> "forbidden (403)";
            case NOT_FOUND -> "not found (404)";
            case TIMED_OUT -> "timed out";
            case UNREACHABLE -> "unreachable (" + rootMessage(error) + ")";
            case SERVER_ERROR -> "the API server failed (" + code + ")";
            case OTHER -> code > 0 ? "answered " + code : "failed (" + rootMessage(error) + ")";
        };
    }

    /**
     * One sentence for a context whose API server gave no usable answer at all, worded as the Clusters page words
     * it, with the fix.
     */
    static String cluster(String context, String server, Throwable error) {
        String prefix = "Context " + context;
        return switch (cause(error)) {
            case UNAUTHORIZED ->
                prefix + ": the cluster rejected the credentials (unauthorized, 401); they have probably expired."
                        + " Log in again (e.g. gcloud container clusters get-credentials), then check again.";
            case FORBIDDEN ->
                prefix + " reached the cluster, but your user may not read namespaces (forbidden, 403). Ask an admin"
                        + " for a Role that allows get on namespaces.";
            case TIMED_OUT ->
                prefix + " did not answer in time (timed out): the API server " + server + " is not reachable from"
                        + " the console (VPN, firewall, private endpoint?).";
            case UNREACHABLE -> {
                String root = rootMessage(error);
                yield root.toLowerCase(java.util.Locale.ROOT).contains("refused")
                        ? prefix + ": nothing answers at " + server
                                + " (connection refused). Is the cluster running and the address right?"
                        : prefix + ": the API server " + server + " is unreachable (" + root
                                + "). Check the address and the network, then check again.";
            }
            case NOT_FOUND, SERVER_ERROR, OTHER ->
                prefix + ": the API server " + server + " " + words(error) + ". Check the cluster, then check again.";
        };
    }

    private static String answered(String what, HasMetadata object, KubernetesClientException k) {
        String server = serverMessage(k);
        return switch (k.getCode()) {
            case 401 ->
                what + ": the cluster rejected the credentials (401 Unauthorized); they have probably expired."
                        + " Log in again and retry.";
            case 403 ->
                what + ": permission denied (403 Forbidden). Your user may not create or patch "
                        + object.getKind() + " in this namespace; ask an admin for a Role that allows it. Server said: "
                        + server;
            case 404 ->
                what + ": not found (404). The namespace or the API (CRD) it needs does not exist. Server" + " said: "
                        + server;
            case 409 ->
                what + ": conflict (409). Another field manager owns fields the console wants to set, or the"
                        + " object changed meanwhile. Review it with kubectl, then retry. Server said: " + server;
            case 415 -> what + ": the API server does not support server-side apply (415).";
            case 422 ->
                what + ": the cluster rejected the object as invalid (422): " + server
                        + ". Fix the manifest (View YAML) and retry.";
            case 429 -> what + ": the API server is overloaded (429 Too Many Requests). Wait a moment and retry.";
            default ->
                k.getCode() >= 500
                        ? what + ": the API server failed with an internal error (" + k.getCode() + "): " + server
                                + ". Retry; if it persists, check the control plane."
                        : what + ": the API server answered " + k.getCode() + ": " + server;
        };
    }

    static boolean isTimeout(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException
                    || t instanceof InterruptedIOException
                    || String.valueOf(t.getMessage()).toLowerCase().contains("timed out")
                    || String.valueOf(t.getMessage()).toLowerCase().contains("timeout")) {
                return true;
            }
        }
        return false;
    }

    static boolean isConnectionLost(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof IOException) {
                return true;
            }
            String m = String.valueOf(t.getMessage()).toLowerCase();
            if (m.contains("connection") || m.contains("closed") || m.contains("reset")) {
                return true;
            }
        }
        return false;
    }

    private static String serverMessage(KubernetesClientException k) {
        var status = k.getStatus();
        if (status == null) {
            return rootMessage(k);
        }
        String causes = status.getDetails() == null || status.getDetails().getCauses() == null
                ? ""
                : status.getDetails().getCauses().stream()
                        .map(KubernetesErrors::cause)
                        .collect(Collectors.joining("; "));
        String message = status.getMessage() == null ? "" : status.getMessage().strip();
        return causes.isEmpty() || message.contains(causes) ? message : message + " (" + causes + ")";
    }

    private static String cause(StatusCause c) {
        return (c.getField() == null ? "" : c.getField() + ": ") + c.getMessage();
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
