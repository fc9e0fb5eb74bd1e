package dev.iqconsole.profile;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * Ranked profiles whose objects are built when read: the answer holds the ranked curve positions, and the i-th
 * {@link Profile} is made from its position the first time it is asked for. An API page of 100 out of 100,000
 * profiles then builds 100 objects, not 100,000 (issue 3). Immutable; safe to share between threads.
 */
final class RankedProfiles extends AbstractList<Profile> implements RandomAccess {

    private final int[] positions;
    private final IntFunction<Profile> profileAt;
    /**
     * Profiles already built, by rank. Racy on purpose, like {@link String#hashCode()}: a Profile is a record of
     * immutable values, so a thread sees either null (and builds an equal one) or a complete profile.
     */
    private Profile[] built;

    /**
     * @param positions curve positions, first-ranked first
     * @param profileAt builds the profile of a position; must give equal profiles for the same position
     */
    RankedProfiles(int[] positions, IntFunction<Profile> profileAt) {
        this.positions = positions;
        this.profileAt = profileAt;
    }

    @Override
    public Profile get(int rank) {
        Profile[] cache = built;
        if (cache == null) {
            cache = new Profile[positions.length];
            built = cache;
        }
        Profile profile = cache[rank];
        if (profile == null) {
            profile = profileAt.apply(positions[rank]);
            cache[rank] = profile;
        }
        return profile;
    }

    @Override
    public int size() {
        return positions.length;
    }
}
