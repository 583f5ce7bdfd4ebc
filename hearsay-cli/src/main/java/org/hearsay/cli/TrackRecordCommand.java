package org.hearsay.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hearsay.store.CorpusStore;
import org.hearsay.store.StoreException;
import org.hearsay.store.tracking.TrackRecord;
import org.hearsay.store.tracking.Tracker;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hearsay track-record}: how the trackable claims of sources, outlets and speakers turned out. */
@Command(name = "track-record", mixinStandardHelpOptions = true,
        description = "Track records: per source, outlet or speaker, the trackable claims and how many are pending, overdue,"
                + " confirmed, fulfilled, contradicted or failed, resolved on time or late, and a Brier score where"
                + " probabilities are known. Without an option, every speaker, source and outlet.")
final class TrackRecordCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreLocation store;

    @ArgGroup(exclusive = true)
    Whose whose;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day that decides what is overdue. Default: today.")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "text", description = "text or json (JSON Lines). Default: ${DEFAULT-VALUE}.")
    TrackingFormat format;

    /** At most one of the three. */
    static final class Whose {
        @Option(names = "--source", paramLabel = "NAME", description = "A named source: its claims and those it relayed.")
        String source;

        @Option(names = "--outlet", paramLabel = "NAME", description = "An outlet: the claims in its articles.")
        String outlet;

        @Option(names = "--speaker", paramLabel = "NAME", description = "A named speaker: the claims it made itself.")
        String speaker;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        try (CorpusStore corpus = store.open()) {
            Tracker tracker = corpus.tracker();
            List<TrackRecord> records = new ArrayList<>();
            if (whose == null) {
                for (TrackRecord.Scope scope : TrackRecord.Scope.values()) {
                    records.addAll(tracker.trackRecords(scope, null, day));
                }
            } else if (whose.source != null) {
                records.addAll(tracker.trackRecords(TrackRecord.Scope.SOURCE, whose.source, day));
            } else if (whose.outlet != null) {
                records.addAll(tracker.trackRecords(TrackRecord.Scope.OUTLET, whose.outlet, day));
            } else {
                records.addAll(tracker.trackRecords(TrackRecord.Scope.SPEAKER, whose.speaker, day));
            }
            if (format == TrackingFormat.TEXT && !records.isEmpty()) {
                out.println(String.format(Locale.ROOT, "%-8s %-32s %9s %7s %7s %9s %9s %12s %6s %7s %4s %5s", "scope",
                        "name", "trackable", "pending", "overdue", "confirmed", "fulfilled", "contradicted", "failed",
                        "on-time", "late", "brier"));
            }
            for (TrackRecord r : records) {
                out.println(format == TrackingFormat.JSON ? TrackingJson.line(r) : text(r));
            }
            spec.commandLine().getErr().println("hearsay: " + records.size() + " track records as of " + day);
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("hearsay: error: " + e.getMessage());
            return 1;
        }
    }

    private static String text(TrackRecord r) {
        return String.format(Locale.ROOT, "%-8s %-32s %9d %7d %7d %9d %9d %12d %6d %7d %4d %5s",
                r.scope().name().toLowerCase(Locale.ROOT), r.name(), r.trackable(), r.pending(), r.overdue(),
                r.confirmed(), r.fulfilled(), r.contradicted(), r.failed(), r.onTime(), r.late(),
                r.brier() == null ? "n/a" : String.format(Locale.ROOT, "%.3f", r.brier()));
    }
}
