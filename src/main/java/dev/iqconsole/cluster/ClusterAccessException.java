package dev.iqconsole.cluster;

/** A context cannot be used; the message is a sentence for the user, naming the fix. */
public class ClusterAccessException extends RuntimeException {

    public ClusterAccessException(String message) {
        super(message);
    }
}
