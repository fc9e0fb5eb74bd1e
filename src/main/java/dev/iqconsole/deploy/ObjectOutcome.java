package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * What happened to one object.
 *
 * @param message a sentence; for failures it names the cause and the fix
 */
public record ObjectOutcome(String kind, String namespace, String name, State state, String message) {

    public enum State {
        APPLIED,
        FAILED,
        /** Not sent, because an earlier object failed. */
        NOT_APPLIED,
        DELETED,
        /** Kept on purpose, e.g. a namespace or a Secret other deployments may share. */
        KEPT,
        /** A preflight finding that passed (history of a check). */
        PASSED,
        /** A preflight warning (history of a check). */
        WARNED
    }

    static ObjectOutcome of(HasMetadata object, State state, String message) {
        return new ObjectOutcome(
                object.getKind(),
                object.getMetadata().getNamespace(),
                object.getMetadata().getName(),
                state,
                message);
    }

    static String describe(HasMetadata object) {
        String ns = object.getMetadata().getNamespace();
        return object.getKind() + " " + (ns == null ? "" : ns + "/")
                + object.getMetadata().getName();
    }

    public String label() {
        return kind + " " + (namespace == null ? "" : namespace + "/") + name;
    }
}
