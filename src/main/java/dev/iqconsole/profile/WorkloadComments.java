package dev.iqconsole.profile;

import dev.iqconsole.catalog.UseCase;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the API's comment adds about the lengths an answer was modeled for: which use cases' lengths are assumed
 * (GIQ does not publish them), and which were asked for; and, for an empty answer to asked lengths, why no model
 * could be modeled for them.
 */
final class WorkloadComments {

    /** Enough reasons to explain an empty answer; a whole catalog's are counted. */
    private static final int REASONS = 5;

    private WorkloadComments() {}

    /** The answer's use cases whose lengths are not published, each once, in the order the rows bring them. */
    static String lengths(List<Profile> profiles) {
        Set<UseCase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> lines = new LinkedHashSet<>();
        for (Profile profile : profiles) {
            UseCase useCase = profile.useCase();
            if (useCase != null && seen.add(useCase) && useCase.lengths() != UseCase.Lengths.PUBLISHED) {
                lines.add((useCase.apiName() == null ? "Modeled" : useCase.displayName() + ": modeled")
                        + " for average lengths " + useCase.describeLengths() + ".");
            }
        }
        return lines.isEmpty() ? "" : "\n" + String.join("\n", lines);
    }

    /** Why asked lengths gave no curve at all: the models' reasons (context too short, no room for the sequences). */
    static String whyNone(CurveAnswers answers, ProfileQuery query, int matching) {
        if (query.averageInputLength() == null
                || matching > 0
                || answers.exclusions().isEmpty()) {
            return "";
        }
        List<String> reasons =
                answers.exclusions().stream().map(Exclusion::reason).distinct().toList();
        String listed = reasons.stream().limit(REASONS).collect(Collectors.joining("; "));
        return " For average lengths of " + query.averageInputLength() + " input / " + query.averageOutputLength()
                + " output tokens: " + listed
                + (reasons.size() > REASONS ? "; ... (" + reasons.size() + " reasons in all)" : "") + ".";
    }
}
