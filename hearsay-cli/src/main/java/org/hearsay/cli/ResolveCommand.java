package org.hearsay.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hearsay.store.CorpusStore;
import org.hearsay.store.StoreException;
import org.hearsay.store.tracking.ClaimEvent;
import org.hearsay.store.tracking.ClaimRef;
import org.hearsay.store.tracking.ClaimStatus;
import org.hearsay.store.tracking.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hearsay resolve CLAIMREF --as STATUS --evidence …}: a person's judgement of a claim, kept with its history. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Record that a claim turned out confirmed, contradicted, fulfilled or failed (or reopen it as pending),"
                + " with the evidence. Every change is kept as an event; a resolved claim can be resolved again.")
final class ResolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreLocation store;

    @Parameters(index = "0", paramLabel = "CLAIMREF", description = "The claim: <articleId>:<claimId>, as `hearsay claims` lists it.")
    String claim;

    @Option(names = "--as", required = true, paramLabel = "STATUS",
            description = "confirmed, contradicted, fulfilled, failed, or pending to reopen.")
    ClaimStatus status;

    @Option(names = "--evidence", paramLabel = "URL|ARTICLE|CLAIMREF",
            description = "What shows it: a URL, a stored article's id, or a stored claim's ref. Needed unless --note explains.")
    String evidence;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why.")
    String note;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who decides. Default: the user name.")
    String actor = System.getProperty("user.name");

    @Option(names = "--probability", paramLabel = "P",
            description = "The probability (0..1) the claim's holder gave it, when known: used for Brier scores.")
    Double probability;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (CorpusStore corpus = store.open()) {
            ClaimEvent event = corpus.tracker().resolve(ClaimRef.parse(claim),
                    new Resolution(status, evidence, note, actor, probability));
            spec.commandLine().getOut().println(event.claim() + ": " + event.from().code() + " -> " + event.to().code()
                    + (event.evidence() == null ? "" : ", evidence " + event.evidence()) + ", by " + event.actor());
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("hearsay: error: " + e.getMessage());
            return 2;
        } catch (StoreException e) {
            err.println("hearsay: error: " + e.getMessage());
            return 1;
        }
    }
}
