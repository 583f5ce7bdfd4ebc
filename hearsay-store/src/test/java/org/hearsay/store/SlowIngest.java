package org.hearsay.store;

/**
 * A child process for the crash test: stores reports {@code from..to-1} one by one, printing
 * "storing N" before and "stored N" after each, with a pause between them, so the parent can
 * kill it in the middle of one.
 * Arguments: STORE (file or JDBC URL) FROM TO EXTRA_CLAIMS PAUSE_MILLIS.
 */
public final class SlowIngest {
    private SlowIngest() {
    }

    public static void main(String[] args) throws InterruptedException {
        String location = args[0];
        int from = Integer.parseInt(args[1]);
        int to = Integer.parseInt(args[2]);
        int extraClaims = Integer.parseInt(args[3]);
        long pause = Long.parseLong(args[4]);
        try (CorpusStore store = CorpusStores.open(location)) {
            for (int n = from; n < to; n++) {
                System.out.println("storing " + n);
                System.out.flush();
                CorpusStore.Stored stored = store.put(Reports.report(n, Reports.url(n), "", Reports.CONFIG, extraClaims));
                System.out.println("stored " + n + " " + stored.change());
                System.out.flush();
                Thread.sleep(pause);
            }
        }
    }
}
