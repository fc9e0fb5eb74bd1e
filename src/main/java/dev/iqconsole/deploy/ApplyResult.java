package dev.iqconsole.deploy;

import java.util.List;

/**
 * The outcome of a deploy (or retry) with one row per object.
 *
 * @param historyId the history row that recorded it
 */
public record ApplyResult(
        long historyId, String context, String namespace, String deployment, List<ObjectOutcome> objects) {

    public boolean complete() {
        return objects.stream().allMatch(o -> o.state() == ObjectOutcome.State.APPLIED);
    }

    public List<ObjectOutcome> applied() {
        return objects.stream()
                .filter(o -> o.state() == ObjectOutcome.State.APPLIED)
                .toList();
    }

    public List<ObjectOutcome> notApplied() {
        return objects.stream()
                .filter(o -> o.state() != ObjectOutcome.State.APPLIED)
                .toList();
    }

    /** One sentence for the top of the result. */
    public String summary() {
        if (complete()) {
            return "Deployed: all " + objects.size() + " objects were applied to " + namespace + " in " + context + ".";
        }
        if (applied().isEmpty()) {
            return "Nothing was deployed: " + firstFailure() + " The cluster was not changed.";
        }
        return "Partly deployed: " + applied().size() + " of " + objects.size() + " objects were applied and "
                + notApplied().size() + " were not. " + firstFailure()
                + " Retry to apply the rest, or remove what was applied.";
    }

    private String firstFailure() {
        return objects.stream()
                .filter(o -> o.state() == ObjectOutcome.State.FAILED)
                .map(ObjectOutcome::message)
                .findFirst()
                .orElse("");
    }
}
