package dev.iqconsole.profile;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * Ranked profiles that are ranked and built as they are read: the answer knows how many there are and how to rank
 * the first of them ({@link ProfileRanking#sortedPrefix}), and the i-th {@link Profile} is made from its curve
 * position the first time it is asked for. An API page of 100 out of 100,000 profiles then ranks a few hundred and
 * builds 100 objects; reading further ranks more. Immutable as a list; safe to share between threads.
 */
final class RankedProfiles extends AbstractList<Profile> implements RandomAccess {

    /** Ranked at least this many on the first read: a page or two of the API, a screen of the UI. */
    private static final int FIRST_RANKED = 256;

    private final int size;
    private final IntFunction<int[]> rankedPrefix;
    private final IntFunction<Profile> profileAt;
    /** The positions of the first ranks known so far; all of them once {@code size} long. */
    private volatile int[] ranked = new int[0];
    /**
     * Profiles already built, by rank. Racy on purpose, like {@link String#hashCode()}: a Profile is a record of
     * immutable values, so a thread sees either null (and builds an equal one) or a complete profile.
     */
    private Profile[] built;

    /**
     * @param rankedPrefix the positions of the first ranks, at least as many as asked for or all {@code size}; the
     *     same order on every call
     * @param profileAt builds the profile of a position; must give equal profiles for the same position
     */
    RankedProfiles(int size, IntFunction<int[]> rankedPrefix, IntFunction<Profile> profileAt) {
        this.size = size;
        this.rankedPrefix = rankedPrefix;
        this.profileAt = profileAt;
    }

    @Override
    public Profile get(int rank) {
        Objects.checkIndex(rank, size);
        Profile[] cache = built;
        if (cache == null) {
            cache = new Profile[size];
            built = cache;
        }
        Profile profile = cache[rank];
        if (profile == null) {
            profile = profileAt.apply(positionOf(rank));
            cache[rank] = profile;
        }
        return profile;
    }

    private int positionOf(int rank) {
        int[] known = ranked;
        if (rank >= known.length) {
            known = rankUpTo(rank);
        }
        return known[rank];
    }

    /** Ranks past {@code rank}, twice as far as before: reading on page by page ranks a few times, not every page. */
    private synchronized int[] rankUpTo(int rank) {
        int[] known = ranked;
        if (rank < known.length) {
            return known;
        }
        int wanted = Math.max(rank + 1, Math.max(FIRST_RANKED, 2 * known.length));
        known = rankedPrefix.apply(wanted);
        if (known.length <= rank) {
            throw new IllegalStateException("asked to rank " + wanted + " of " + size + ", got " + known.length);
        }
        ranked = known;
        return known;
    }

    @Override
    public int size() {
        return size;
    }
}
