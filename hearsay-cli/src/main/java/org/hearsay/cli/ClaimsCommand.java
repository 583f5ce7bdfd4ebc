package org.hearsay.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hearsay.store.CorpusStore;
import org.hearsay.store.StoreException;
import org.hearsay.store.tracking.ClaimFilter;
import org.hearsay.store.tracking.ClaimStatus;
import org.hearsay.store.tracking.DuplicateArticle;
import org.hearsay.store.tracking.TrackedClaim;
import org.hearsay.store.tracking.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hearsay claims}: the stored claims with their status as of a date, filtered. A pending
 * trackable claim lists the later claims of its story as evidence to look at; a claim from a
 * near-duplicate article (a syndicated copy) names the article it copies.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "List the claims in the corpus store with their status: pending, overdue (deadline passed), confirmed,"
                + " contradicted, fulfilled or failed. See docs/store.md.")
final class ClaimsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreLocation store;

    @Option(names = "--overdue", description = "Only overdue claims (as --status overdue).")
    boolean overdue;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only claims with this status as of --as-of: ${COMPLETION-CANDIDATES}.")
    ClaimStatus status;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only claims about this entity or made by it, in any"
            + " spelling (Kiew, Kyiv, Kiev).")
    String entity;

    @Option(names = "--source", paramLabel = "NAME", description = "Only claims from this named source, as speaker or relay.")
    String source;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only claims from this outlet's articles.")
    String outlet;

    @Option(names = "--trackable", description = "Only claims that can later be judged (with a question and mostly a deadline).")
    boolean trackable;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day that decides what is overdue. Default: today.")
    LocalDate asOf;

    @Option(names = "--limit", defaultValue = "200", description = "The most claims to list. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text or json (JSON Lines). Default: ${DEFAULT-VALUE}.")
    TrackingFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (overdue && status != null && status != ClaimStatus.OVERDUE) {
            err.println("hearsay: error: --overdue and --status " + status.code() + " contradict each other");
            return 2;
        }
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        ClaimFilter filter = new ClaimFilter(overdue ? ClaimStatus.OVERDUE : status, entity, source, outlet, trackable,
                day, Math.max(1, limit), null);
        try (CorpusStore corpus = store.open()) {
            Tracker tracker = corpus.tracker();
            List<TrackedClaim> claims = tracker.claims(filter);
            Map<String, Optional<DuplicateArticle>> originals = new HashMap<>();
            for (TrackedClaim claim : claims) {
                DuplicateArticle original = originals.computeIfAbsent(claim.ref().articleId(),
                        id -> Optional.ofNullable(tracker.duplicates(id, 0).original())).orElse(null);
                if (format == TrackingFormat.JSON) {
                    out.println(TrackingJson.line(claim, "copyOf", original));
                } else {
                    print(claim, original, tracker, day, out);
                }
            }
            err.println("hearsay: " + claims.size() + (claims.size() == 1 ? " claim" : " claims") + " as of " + day);
            return 0;
        } catch (StoreException e) {
            err.println("hearsay: error: " + e.getMessage());
            return 1;
        }
    }

    /** @param original the article the claim's article is a near-duplicate of, or null */
    private static void print(TrackedClaim claim, DuplicateArticle original, Tracker tracker, LocalDate day,
                              PrintWriter out) {
        // A plain statement is stored as pending but waits for no verdict.
        String status = claim.trackable() || claim.status() != ClaimStatus.PENDING ? claim.status().code() : "untracked";
        out.println(claim.ref() + "  " + status + "  " + TrackingText.day(claim.published()) + "  "
                + TrackingText.outlet(claim.outlet())
                + (claim.deadline() == null ? "" : "  deadline " + claim.deadline()));
        out.println("    " + (claim.holder() == null ? "(the article)" : claim.holder()) + ": " + claim.proposition());
        if (claim.question() != null) {
            out.println("    ? " + claim.question());
        }
        if (original != null) {
            // A copy repeats its original's claims: counting them again would count one report twice.
            out.println(String.format(Locale.ROOT, "    near-duplicate of %s (%s, %s; similarity %.2f): not an"
                    + " independent report", original.id(), TrackingText.outlet(original.outlet()),
                    TrackingText.day(original.published()), original.similarity()));
        }
        if (claim.status() == ClaimStatus.PENDING || claim.status() == ClaimStatus.OVERDUE) {
            for (TrackedClaim later : tracker.laterInCluster(claim.ref(), day)) {
                out.println("    later in its story: " + later.ref() + " (" + TrackingText.outlet(later.outlet()) + ", "
                        + TrackingText.day(later.published()) + "): " + later.proposition());
            }
        }
    }
}
