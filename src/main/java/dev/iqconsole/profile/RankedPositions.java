package dev.iqconsole.profile;

import java.util.Arrays;

/**
 * Positions {@code 0..n-1} ranked once, so that any subset of them can be put in rank order without comparing
 * anything again: a filter over the ranked array when the subset is large, a sort of plain ints when it is small.
 */
final class RankedPositions {

    /** Below one position in this many, sorting the subset's ranks beats scanning every rank. */
    private static final int SMALL_SUBSET = 8;

    private final int[] byRank;
    private final int[] rankOf;

    /** @param byRank every position {@code 0..n-1} once, first-ranked first */
    RankedPositions(int[] byRank) {
        this.byRank = byRank.clone();
        this.rankOf = new int[byRank.length];
        Arrays.fill(rankOf, -1);
        for (int rank = 0; rank < byRank.length; rank++) {
            int position = byRank[rank];
            if (position < 0 || position >= byRank.length || rankOf[position] >= 0) {
                throw new IllegalArgumentException("not a ranking of 0.." + (byRank.length - 1) + ": " + position);
            }
            rankOf[position] = rank;
        }
    }

    /** The given distinct positions, first-ranked first. */
    int[] inRankOrder(int[] positions) {
        return positions.length * SMALL_SUBSET < byRank.length ? bySortedRanks(positions) : byScan(positions);
    }

    private int[] bySortedRanks(int[] positions) {
        int[] ranks = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            ranks[i] = rankOf[positions[i]];
        }
        Arrays.sort(ranks);
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = byRank[ranks[i]];
        }
        return ranks;
    }

    private int[] byScan(int[] positions) {
        boolean[] chosen = new boolean[byRank.length];
        for (int position : positions) {
            chosen[position] = true;
        }
        int[] ranked = new int[positions.length];
        int next = 0;
        for (int position : byRank) {
            if (chosen[position]) {
                ranked[next++] = position;
            }
        }
        return ranked;
    }
}
