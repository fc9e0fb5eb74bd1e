package dev.iqconsole.api;

import dev.iqconsole.catalog.AcceleratorFamily;
import dev.iqconsole.catalog.ServingStack;
import dev.iqconsole.catalog.ServingStacks;
import dev.iqconsole.profile.ProfileQueryException;
import java.util.ArrayList;
import java.util.List;

/**
 * A request's {@code servingStack} ({@code name}, {@code version}), checked against the catalog. GIQ's semantics
 * (FetchProfilesRequest and FetchBenchmarkingDataRequest docs, gcloud 549+ help): absent, every serving stack that
 * supports the model and server, and the deployment without one; a name, that stack only; a version, that version,
 * {@code all}, or (absent, {@code latest}) the newest version that supports the profile's server and accelerator.
 *
 * @param name {@code null}: no filter
 * @param version {@code null} for the latest; {@code all}; or one version the catalog lists
 */
record StackSelection(String name, String version) {

    static final String ALL = "all";
    private static final String LATEST = "latest";
    static final StackSelection ANY = new StackSelection(null, null);

    /**
     * @param field how the request names the message ({@code servingStack})
     * @throws ProfileQueryException 404 naming an unknown stack or version, 400 for a version without a name
     */
    static StackSelection read(JsonBody message, String field, ServingStacks stacks) {
        String name = message.text("name");
        String version = message.text("version");
        if (name == null) {
            if (version != null) {
                throw ProfileQueryException.invalid(
                        field + ".name", "is required with " + field + ".version (a stack such as llm-d)");
            }
            return ANY;
        }
        return of(name, version, field, stacks);
    }

    static StackSelection of(String name, String version, String field, ServingStacks stacks) {
        if (stacks.versions(name).isEmpty()) {
            throw ProfileQueryException.notFound(
                    field + ".name",
                    name,
                    String.join(", ", stacks.names()) + " (leave " + field
                            + " unset for deployments without a serving stack)");
        }
        if (version == null || version.equalsIgnoreCase(LATEST)) {
            return new StackSelection(name, null);
        }
        if (version.equalsIgnoreCase(ALL)) {
            return new StackSelection(name, ALL);
        }
        if (stacks.find(name, version).isEmpty()) {
            List<String> allowed = new ArrayList<>(
                    stacks.versions(name).stream().map(ServingStack::version).toList());
            allowed.add(LATEST);
            allowed.add(ALL);
            throw ProfileQueryException.notFound(field + ".version", version, String.join(", ", allowed));
        }
        return new StackSelection(name, version);
    }

    boolean includesNoStack() {
        return name == null;
    }

    /** The stack versions this selection gives a profile of {@code server} on {@code family}, newest first. */
    List<ServingStack> forProfile(ServingStacks stacks, String server, AcceleratorFamily family) {
        List<ServingStack> chosen = new ArrayList<>();
        for (String stackName : name == null ? stacks.names() : java.util.Set.of(name)) {
            List<ServingStack> supporting = stacks.versions(stackName).stream()
                    .filter(s -> s.supports(server, family))
                    .toList();
            if (ALL.equals(version)) {
                chosen.addAll(supporting);
            } else if (version == null) {
                supporting.stream().findFirst().ifPresent(chosen::add);
            } else {
                supporting.stream().filter(s -> s.version().equals(version)).forEach(chosen::add);
            }
        }
        return chosen;
    }
}
