package dev.iqconsole.profile;

import java.util.List;

/**
 * The API's comment on where an answer's figures come from: each row labeled published, with its source, date and
 * any cost the source printed (a reference only); every other row is modeled. The labels are those of the rows
 * themselves ({@link PricedPoint#label()}), so the API says what the pages and the CSV say.
 */
final class LabelComments {

    /** Enough to name every published row of the catalog's answers; beyond it the comment counts them. */
    static final int LISTED = 10;

    private LabelComments() {}

    static String of(List<Profile> published, int returned) {
        int modeled = returned - published.size();
        var comment = new StringBuilder();
        if (published.isEmpty()) {
            comment.append("All ").append(returned).append(returned == 1 ? " profile is" : " profiles are");
        } else {
            comment.append(published.size())
                    .append(published.size() == 1 ? " profile is published, " : " profiles are published, ")
                    .append(modeled)
                    .append(modeled == 1 ? " is" : " are");
        }
        comment.append(" modeled: computed by the console's curve model from published facts, each curve from its"
                + " anchor. Every cost is computed from the console's price sheet.");
        for (Profile profile : published.subList(0, Math.min(LISTED, published.size()))) {
            var key = profile.key();
            comment.append("\n")
                    .append(key.model())
                    .append(", ")
                    .append(key.modelServer())
                    .append(' ')
                    .append(key.serverVersion())
                    .append(", ")
                    .append(key.machineType())
                    .append(": ")
                    .append(profile.at().label().describe())
                    .append('.');
        }
        if (published.size() > LISTED) {
            comment.append("\n... and ").append(published.size() - LISTED).append(" more published profiles.");
        }
        return comment.toString();
    }
}
