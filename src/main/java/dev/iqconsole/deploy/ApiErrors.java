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
final class ApiErrors {

    private ApiErrors() {}

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
        return what + ": " + rootMessage(error);
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
                : status.getDetails().getCauses().stream().map(ApiErrors::cause).collect(Collectors.joining("; "));
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
