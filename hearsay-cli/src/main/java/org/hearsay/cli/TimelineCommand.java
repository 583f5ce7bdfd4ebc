package org.hearsay.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.hearsay.store.CorpusStore;
import org.hearsay.store.StoreException;
import org.hearsay.store.tracking.TimelineCursor;
import org.hearsay.store.tracking.TimelineItem;
import org.hearsay.store.tracking.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hearsay timeline ENTITY | --story CLUSTER}: articles, claims and deadlines in time order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "The timeline of an entity (any spelling of its name) or of a story (a claim cluster, named by the ref"
                + " of its founding claim as `hearsay claims --format json` gives it): articles, claims and deadlines in time order.")
final class TimelineCommand implements Callable<Integer> {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final int PAGE = 500;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreLocation store;

    @Parameters(arity = "0..1", paramLabel = "ENTITY", description = "An entity's name.")
    String entity;

    @Option(names = "--story", paramLabel = "CLUSTER", description = "A claim cluster's id instead of an entity.")
    String story;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day that decides what is overdue. Default: today.")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "text", description = "text or json (JSON Lines). Default: ${DEFAULT-VALUE}.")
    TrackingFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((entity == null) == (story == null)) {
            err.println("hearsay: error: give either an ENTITY or --story CLUSTER");
            return 2;
        }
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        try (CorpusStore corpus = store.open()) {
            Tracker tracker = corpus.tracker();
            int printed = 0;
            List<TimelineItem> page;
            TimelineCursor after = null;
            // Page by page, so that a long timeline is printed without holding it all.
            do {
                page = story != null ? tracker.storyTimeline(story, day, after, PAGE)
                        : tracker.entityTimeline(entity, day, after, PAGE);
                for (TimelineItem item : page) {
                    out.println(format == TrackingFormat.JSON ? TrackingJson.line(item) : text(item));
                }
                printed += page.size();
                after = page.isEmpty() ? null : page.get(page.size() - 1).cursor();
            } while (page.size() == PAGE);
            err.println("hearsay: " + printed + " timeline entries" + (printed == 0 ? " (nothing stored under "
                    + (story != null ? "story " + story : "'" + entity + "'") + ")" : ""));
            return 0;
        } catch (StoreException e) {
            err.println("hearsay: error: " + e.getMessage());
            return 1;
        }
    }

    private static String text(TimelineItem item) {
        String when = item.at() == null ? "undated         "
                : item.kind() == TimelineItem.Kind.DEADLINE ? item.at().toLocalDate() + "      " : MINUTE.format(item.at());
        return switch (item.kind()) {
            case ARTICLE -> when + "  article   " + item.articleId() + "  " + TrackingText.outlet(item.outlet())
                    + ": " + (item.text() == null ? "(untitled)" : item.text());
            case CLAIM -> when + "  claim     " + item.claim() + "  " + status(item) + item.text();
            case DEADLINE -> when + "  deadline  " + item.claim() + "  " + status(item) + item.text();
        };
    }

    /** "[overdue] ", or nothing for a claim (or its deadline) that waits for no verdict. */
    private static String status(TimelineItem item) {
        return item.status() == null ? "" : "[" + item.status().code() + "] ";
    }
}
