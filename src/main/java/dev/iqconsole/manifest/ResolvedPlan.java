package dev.iqconsole.manifest;

import dev.iqconsole.profile.Profile;

/**
 * A request resolved against the catalog and the profiles engine.
 *
 * @param profile the chosen profile with its metrics at the inflection point, or at the targets when they are met
 * @param targetsMet whether the latency targets (if any) can be met by this profile
 */
public record ResolvedPlan(DeploymentPlan plan, Profile profile, boolean targetsMet) {}
