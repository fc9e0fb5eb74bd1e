package dev.iqconsole.profile;

import java.util.List;
import java.util.function.Supplier;

/**
 * The answer to a {@link ProfileQuery}: ranked profiles, their performance range, and a plain-words comment: why
 * nothing is returned, or which returned rows are published and which modeled ({@link LabelComments}). The comment
 * is worked out when first read: callers that never print it (rankings, charts) do not pay for it.
 */
public final class ProfileResult {

    private final List<Profile> profiles;
    private final PerformanceRange range;
    private Supplier<String> commentSource;
    private String comment;

    public ProfileResult(List<Profile> profiles, PerformanceRange range, String comment) {
        this(profiles, range, () -> comment);
    }

    ProfileResult(List<Profile> profiles, PerformanceRange range, Supplier<String> comment) {
        // ranked profiles built when read are immutable already; copying would build all of them
        this.profiles = profiles instanceof RankedProfiles ? profiles : List.copyOf(profiles);
        this.range = range;
        this.commentSource = comment;
    }

    public List<Profile> profiles() {
        return profiles;
    }

    public PerformanceRange range() {
        return range;
    }

    public synchronized String comment() {
        if (comment == null) {
            comment = commentSource.get();
            commentSource = null;
        }
        return comment;
    }
}
