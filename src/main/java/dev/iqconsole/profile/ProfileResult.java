package dev.iqconsole.profile;

import java.util.List;

/**
 * The answer to a {@link ProfileQuery}: ranked profiles, their performance range, and a plain-words comment: why
 * nothing is returned, or which returned rows are published and which modeled ({@link LabelComments}).
 */
public record ProfileResult(List<Profile> profiles, PerformanceRange range, String comment) {

    public ProfileResult {
        // ranked profiles built when read are immutable already; copying would build all of them
        profiles = profiles instanceof RankedProfiles ? profiles : List.copyOf(profiles);
    }
}
