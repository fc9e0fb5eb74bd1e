package dev.iqconsole.profile;

import java.util.List;

/**
 * The answer to a {@link ProfileQuery}: ranked profiles, their performance range, and a plain-words comment (empty
 * when there is nothing to explain).
 */
public record ProfileResult(List<Profile> profiles, PerformanceRange range, String comment) {

    public ProfileResult {
        profiles = List.copyOf(profiles);
    }
}
