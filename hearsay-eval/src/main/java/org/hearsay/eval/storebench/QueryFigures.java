package org.hearsay.eval.storebench;

import java.util.Arrays;
import org.hearsay.eval.bench.Percentiles;

/**
 * The latency of one kind of query at one checkpoint.
 *
 * @param queries        measured queries
 * @param medianResults  median number of results (hits, timeline items, claims) a query gave:
 *                       what a query has to build grows with the corpus where it is unpaged
 */
record QueryFigures(QueryKind kind, int queries, double p50Millis, double p99Millis, int medianResults) {

    static QueryFigures of(QueryKind kind, long[] nanos, int[] results) {
        int[] sorted = results.clone();
        Arrays.sort(sorted);
        return new QueryFigures(kind, nanos.length, Percentiles.of(nanos, 50) / 1e6, Percentiles.of(nanos, 99) / 1e6,
                sorted[(sorted.length - 1) / 2]);
    }
}
