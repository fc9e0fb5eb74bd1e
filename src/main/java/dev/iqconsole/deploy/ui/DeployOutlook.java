package dev.iqconsole.deploy.ui;

import dev.iqconsole.manifest.InvalidPlanException.Problem;
import dev.iqconsole.manifest.ManifestSet;
import dev.iqconsole.manifest.ResolvedPlan;
import dev.iqconsole.profile.ProfileKey;
import java.util.List;

/**
 * Everything the page shows for one set of choices.
 *
 * @param resolved the chosen profile and its plan
 * @param manifests what Deploy would apply; {@code null} while the plan has problems
 * @param problems the generator's objections, each naming its field
 * @param alternatives the model's other machine types with this server
 * @param recommended the engine's first choice for these settings; {@code null} when no profile meets the targets
 * @param targetComment why no profile meets the targets, with the achievable range; empty when some do
 * @param tie why the recommended server was chosen among servers that share its curve, or why nothing is recommended
 *     (no machine has a price); empty otherwise
 */
record DeployOutlook(
        ResolvedPlan resolved,
        ManifestSet manifests,
        List<Problem> problems,
        List<DeployAlternative> alternatives,
        ProfileKey recommended,
        String targetComment,
        String tie) {

    boolean deployable() {
        return manifests != null && problems.isEmpty() && targetComment.isEmpty();
    }
}
