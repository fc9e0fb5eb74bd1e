package dev.iqconsole.deploy.ui;

import dev.iqconsole.profile.Profile;

/**
 * One row of the alternatives table: a profile of the chosen model and server on another machine type.
 *
 * @param profile with its metrics at the targets when it meets them, else at its inflection point
 * @param meetsTargets whether it meets the latency targets (true when there are none)
 * @param recommended whether it is the engine's recommendation for the page's settings
 */
record DeployAlternative(Profile profile, boolean meetsTargets, boolean recommended) {

    String machineType() {
        return profile.key().machineType();
    }
}
