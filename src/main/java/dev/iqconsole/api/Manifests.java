package dev.iqconsole.api;

import dev.iqconsole.catalog.ServingStack;
import dev.iqconsole.catalog.ServingStacks;
import dev.iqconsole.manifest.DeploymentPlan;
import dev.iqconsole.manifest.InvalidPlanException;
import dev.iqconsole.manifest.ManifestService;
import dev.iqconsole.manifest.ManifestSet;
import dev.iqconsole.manifest.PlanRequest;
import dev.iqconsole.manifest.PlanResolver;
import dev.iqconsole.manifest.ServingStackPlan;
import dev.iqconsole.profile.ProfileQueryException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code GenerateOptimizedManifest} for both API versions: resolves the request by name with the deploy page's
 * {@link PlanResolver} (so the API and the page generate the same objects), generates, and reports every error with
 * the request field the client sent.
 */
@Component
class Manifests {

    /**
     * Upper bound of the generated HPA. GIQ's own value is not documented (docs/reference/gke-inference-quickstart.md §5.5, §5.9); the deploy page lets the
     * user choose, the API has no field for it, so a small fleet that the user edits if needed.
     */
    static final int MAX_REPLICAS = 5;

    private final PlanResolver resolver;
    private final ManifestService generator;
    private final ServingStacks stacks;

    Manifests(PlanResolver resolver, ManifestService generator, ServingStacks stacks) {
        this.resolver = resolver;
        this.generator = generator;
        this.stacks = stacks;
    }

    /**
     * @param apiNotes comment lines the API adds after the generator's notes (fields it accepted but does not use)
     * @throws ProfileQueryException naming the request field: 404 for names nowhere in the catalog, else 400
     */
    Generated generate(PlanRequest request, ManifestFields fields, List<String> apiNotes) {
        return generate(request, fields, apiNotes, StackSelection.ANY);
    }

    /**
     * @param stack {@link StackSelection#ANY}: no serving stack; a name: its given version, or the newest that runs
     *     the plan's server on its accelerator
     */
    Generated generate(PlanRequest request, ManifestFields fields, List<String> apiNotes, StackSelection stack) {
        ManifestSet set;
        try {
            var plan = resolver.resolve(request).plan();
            set = generator.generate(plan, stackPlan(stack, plan));
        } catch (ProfileQueryException e) {
            throw renamed(e, fields);
        } catch (InvalidPlanException e) {
            throw invalid(e, fields);
        }
        List<String> comments = new ArrayList<>(set.notes());
        if (!apiNotes.isEmpty()) {
            comments.add("");
            comments.addAll(apiNotes);
        }
        return new Generated(set, List.copyOf(comments));
    }

    private ServingStackPlan stackPlan(StackSelection selection, DeploymentPlan plan) {
        if (selection.includesNoStack()) {
            return null;
        }
        if (StackSelection.ALL.equals(selection.version())) {
            throw ProfileQueryException.invalid(
                    "servingStack.version", "'all' is not one version: leave it unset for the latest, or name one");
        }
        List<ServingStack> versions = selection.version() == null
                ? stacks.versions(selection.name()).stream()
                        .filter(s -> s.supports(
                                plan.server().serverId(), plan.accelerator().family()))
                        .toList()
                : stacks.find(selection.name(), selection.version()).stream().toList();
        if (versions.isEmpty()) {
            throw ProfileQueryException.invalid(
                    "servingStack.name",
                    selection.name() + " has no version that runs "
                            + plan.server().serverId() + " on "
                            + plan.accelerator().family() + " accelerators");
        }
        return new ServingStackPlan(versions.getFirst(), null);
    }

    /** The manifests and the comment lines (without {@code # }) to return. */
    record Generated(ManifestSet manifests, List<String> comments) {}

    static void required(ManifestFields fields, String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProfileQueryException.invalid(fields.apiName(field), "is required");
        }
    }

    private static ProfileQueryException renamed(ProfileQueryException e, ManifestFields fields) {
        String field = e.field();
        String apiField = fields.apiName(field);
        String message = e.getMessage();
        if (field == null || apiField.equals(field) || !message.startsWith(field + ": ")) {
            return e;
        }
        return new ProfileQueryException(e.kind(), apiField, apiField + message.substring(field.length()));
    }

    private static ProfileQueryException invalid(InvalidPlanException e, ManifestFields fields) {
        String message = e.problems().stream()
                .map(p -> fields.apiName(p.field()) + ": " + p.message())
                .collect(Collectors.joining("; "));
        String first = e.problems().isEmpty()
                ? "request"
                : fields.apiName(e.problems().getFirst().field());
        return new ProfileQueryException(ProfileQueryException.Kind.INVALID, first, message);
    }
}
