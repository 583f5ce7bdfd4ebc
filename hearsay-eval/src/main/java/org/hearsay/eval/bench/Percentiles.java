package org.hearsay.eval.bench;

import java.util.Arrays;

/** Nearest-rank percentiles: always an observed value, never an interpolation between two. */
public final class Percentiles {
    private Percentiles() {
    }

    /** @param percent in (0, 100] */
    public static long of(long[] values, double percent) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]");
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[rank - 1];
    }
}
