package dev.iqconsole.deploy;

import java.util.List;

/**
 * The last lines of one pod's model server log.
 *
 * @param previous the container that ran before the last restart, where a crash loop's cause is; empty when the
 *     container never restarted
 * @param previousEnd how that container ended, e.g. {@code exit code 1 (Error), 3 restarts}; empty when it never restarted
 * @param current the running (or last started) container
 */
public record PodLog(String pod, List<String> previous, String previousEnd, List<String> current) {

    static PodLog gone(String pod) {
        return new PodLog(pod, List.of(), "", List.of("(pod " + pod + " no longer exists)"));
    }

    public boolean restarted() {
        return !previousEnd.isEmpty();
    }

    /** What explains a failure: after a restart the previous container's lines, else the current ones. */
    List<String> telling() {
        return restarted() ? previous : current;
    }
}
