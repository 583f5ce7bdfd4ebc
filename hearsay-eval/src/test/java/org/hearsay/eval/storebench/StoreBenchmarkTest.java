package org.hearsay.eval.storebench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Provenance;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.Span;
import org.hearsay.store.CorpusStore;
import org.hearsay.store.CorpusStores;
import org.hearsay.store.tracking.ClaimFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBenchmarkTest {
    private static final Span START = new Span(0, 1);

    @Test
    void replaysTheAnalysesIntoTheStoreAndReportsEachCheckpoint(@TempDir Path dir) {
        Path db = dir.resolve("bench.db");
        List<Analysis> bases = List.of(
                item("Lindenau richtet zwölf neue Buslinien ein.\nDie Stadt Lindenau will bis Juni zwölf Buslinien"
                        + " einrichten, sagte Bürgermeisterin Anna Keller.", "Anna Keller", "Lindenau",
                        "Lindenau richtet bis Juni zwölf neue Buslinien ein", "2020-06-30"),
                item("Hafen Bremerhaven wird ausgebaut.\nDer Hafen soll bis Ende 2021 tiefer werden, erklärte"
                        + " Minister Tom Baker.", "Tom Baker", "Bremerhaven", "Der Hafen Bremerhaven wird vertieft",
                        "2021-12-31"),
                item("Neue Brücke über die Weser.\nDie Brücke werde 2023 eröffnet, kündigte Sprecherin Eva Lang an.",
                        "Eva Lang", "Weser", "Die Brücke über die Weser wird eröffnet", "2023-05-01"));
        StoreBenchOptions options = new StoreBenchOptions(dir.resolve("no-corpus"), 3, null, 60, List.of(20, 60), db,
                5, 7);
        List<String> progress = new ArrayList<>();

        StoreBenchReport report = StoreBenchmark.run(options, bases, progress::add);

        assertEquals(List.of(20, 60), report.checkpoints().stream().map(Checkpoint::articles).toList());
        assertEquals(2, progress.size(), "one progress line per checkpoint");
        Checkpoint first = report.checkpoints().get(0);
        Checkpoint last = report.checkpoints().get(1);
        assertEquals(40, last.segmentStored());
        assertEquals(60 * 2, last.claims(), "two claims in each replayed article");
        assertTrue(last.dbBytes() > first.dbBytes() && last.indexBytes() > 0);
        for (QueryKind kind : QueryKind.values()) {
            assertEquals(5, last.query(kind).queries(), kind.label());
        }
        assertTrue(last.query(QueryKind.TIMELINE).medianResults() > first.query(QueryKind.TIMELINE).medianResults(),
                "an entity's timeline holds all its replays, three times as many at 60 as at 20");
        assertTrue(last.query(QueryKind.CLAIMS_AFTER_CURSOR).medianResults() > 0,
                "a page after a cursor drawn from the stored claims finds claims");
        String text = report.toText();
        assertTrue(text.contains("growth 20 -> 60 articles"), text);
        for (QueryKind kind : QueryKind.values()) {
            assertTrue(text.contains(kind.label()), text);
        }

        try (CorpusStore store = CorpusStores.open(db.toString())) {
            assertEquals(60, store.counts().articles());
            assertEquals(120, store.tracker().claims(ClaimFilter.all(LocalDate.of(2030, 1, 1))).size());
            assertEquals(20, store.tracker().claims(ClaimFilter.all(LocalDate.of(2030, 1, 1)).withEntity("Weser")).size(),
                    "every replay of the Weser item, one claim about it each");
        }
    }

    @Test
    void continuesAStoreItFilledAndRefusesAnyOther(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("bench.db");
        List<Analysis> bases = List.of(item("Neue Brücke über die Weser.\nDie Brücke werde 2023 eröffnet, kündigte"
                + " Sprecherin Eva Lang an.", "Eva Lang", "Weser", "Die Brücke über die Weser wird eröffnet", "2023-05-01"));
        StoreBenchmark.run(new StoreBenchOptions(dir, 1, null, 10, List.of(10), db, 2, 3), bases, line -> { });

        StoreBenchReport continued = StoreBenchmark.run(new StoreBenchOptions(dir, 1, null, 25, List.of(10, 25), db, 2,
                3), bases, line -> { });
        assertEquals(List.of(0, 15), continued.checkpoints().stream().map(Checkpoint::segmentStored).toList(),
                "10 were there: measured again, then 15 more stored");
        try (CorpusStore store = CorpusStores.open(db.toString())) {
            assertEquals(25, store.counts().articles(), "each replay stored once");
        }
        assertTrue(StoreBenchReport.progressLine(continued.checkpoints().get(0)).contains("none stored"));

        List<Analysis> others = List.of(item("Hafen wird ausgebaut.\nDer Hafen soll bis 2021 tiefer werden, erklärte"
                + " Minister Tom Baker.", "Tom Baker", "Bremerhaven", "Der Hafen wird vertieft", "2021-12-31"));
        IllegalArgumentException otherAnalyses = assertThrows(IllegalArgumentException.class, () -> StoreBenchmark.run(
                new StoreBenchOptions(dir, 1, null, 30, List.of(30), db, 2, 3), others, line -> { }));
        assertTrue(otherAnalyses.getMessage().contains("continues only a store it filled itself"),
                otherAnalyses.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StoreBenchmark.run(
                new StoreBenchOptions(dir, 1, null, 20, List.of(20), db, 2, 3), bases, line -> { }), "holds more than asked");
    }

    /** A hand-built analysis: a named source, an entity, a trackable claim about it and a statement. */
    private static Analysis item(String text, String speaker, String place, String promise, String deadline) {
        String title = text.substring(0, text.indexOf('\n'));
        Article article = new Article(ContentHash.of(text), "test", "text", null, null, title, null, null, "de", text,
                List.of());
        Source source = new Source("s1", Source.Kind.NAMED_PERSON, speaker, List.of(START), null, null, null, false);
        Entity entity = new Entity("e1", "LOC", place, List.of(new Entity.Reference(START, place, Entity.Form.NAME)),
                null, null, null);
        String judgeableFrom = LocalDate.parse(deadline).plusDays(1).toString();
        Claim promised = new Claim("c1", "s1", List.of(), null, START, promise, List.of("e1"), Claim.Modality.PROMISE,
                Claim.Polarity.POSITIVE, Claim.Orientation.FUTURE, null,
                new Claim.ClaimTime(START, "bis " + deadline, deadline, "BY", deadline), true,
                "Trifft bis " + deadline + " zu: " + promise + "?", judgeableFrom, 0.8, List.of());
        Claim said = new Claim("c2", "s1", List.of(), null, START, title, List.of(), Claim.Modality.STATEMENT,
                Claim.Polarity.POSITIVE, Claim.Orientation.PAST, null, null, false, null, null, 0.7, List.of());
        return Analysis.of(article, new Provenance("test", "config", List.of("hand-built")))
                .with(Layers.SOURCES, List.of(source))
                .with(Layers.ENTITIES, List.of(entity))
                .with(Layers.CLAIMS, List.of(promised, said));
    }
}
