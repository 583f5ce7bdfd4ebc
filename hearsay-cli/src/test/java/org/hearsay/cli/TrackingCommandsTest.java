package org.hearsay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Provenance;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.Span;
import org.hearsay.store.CorpusStore;
import org.hearsay.store.SqliteStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hearsay claims}, {@code resolve}, {@code track-record} and {@code timeline} on a store holding
 * one invented promise reported by two outlets under two spellings of the speaker and the city.
 */
class TrackingCommandsTest {
    private static final Span START = new Span(0, 1);

    @TempDir
    Path dir;
    private String db;
    private String early;
    private String late;

    @BeforeEach
    void storeTwoReports() {
        db = dir.resolve("corpus.db").toString();
        Analysis rundschau = report("Rheinische Rundschau", "2026-03-01T18:00", "Volodymyr Zelensky", "Kyiv");
        Analysis kurier = report("Nordkurier", "2026-03-02T09:00", "Wolodymyr Selenskyj", "Kiew");
        try (CorpusStore store = SqliteStore.open(Path.of(db))) {
            store.put(kurier);
            store.put(rundschau);
        }
        early = rundschau.article().id();
        late = kurier.article().id();
    }

    @Test
    void aStoreThatIsNotThereIsNamedNotCreated() {
        String missing = dir.resolve("typo.db").toString();
        for (String command : List.of("claims", "track-record", "timeline")) {
            CliRun run = command.equals("timeline") ? CliRun.of(command, "--db", missing, "Kiew")
                    : CliRun.of(command, "--db", missing);
            assertEquals(1, run.exitCode(), command + ": " + run.err());
            assertTrue(run.err().contains("no store at " + missing), run.err());
        }
        assertTrue(java.nio.file.Files.notExists(Path.of(missing)));
    }

    @Test
    void claimsListsTheOverdueOnesAfterTheDeadlineWithTheLaterReportAsSuggestion() {
        CliRun onDeadline = CliRun.of("claims", "--db", db, "--overdue", "--as-of", "2026-05-31");
        assertEquals(0, onDeadline.exitCode(), onDeadline.err());
        assertEquals("", onDeadline.out());
        assertTrue(onDeadline.err().contains("0 claims as of 2026-05-31"), onDeadline.err());

        CliRun after = CliRun.of("claims", "--db", db, "--overdue", "--as-of", "2026-06-01");
        assertEquals(0, after.exitCode(), after.err());
        List<String> lines = after.out().lines().toList();
        assertTrue(lines.get(0).startsWith(early + ":c1  overdue  2026-03-01  Rheinische Rundschau  deadline 2026-05-31"),
                after.out());
        assertTrue(after.out().contains("later in its story: " + late + ":c1 (Nordkurier, 2026-03-02)"), after.out());

        CliRun json = CliRun.of("claims", "--db", db, "--entity", "Kiev", "--as-of", "2026-06-01", "--format", "json");
        assertEquals(2, json.out().lines().count(), json.out());
        assertTrue(json.out().lines().allMatch(l -> l.contains("\"status\":\"overdue\"")
                && l.contains("\"cluster\":\"" + late + ":c1\"")), json.out());
    }

    @Test
    void aClaimFromASyndicatedCopyNamesTheArticleItCopies() {
        Analysis copy = report("Ostsee-Anzeiger", "2026-03-02T12:00", "Wolodymyr Selenskyj", "Kiew");
        try (CorpusStore store = SqliteStore.open(Path.of(db))) {
            store.put(copy);
        }
        String id = copy.article().id();
        CliRun text = CliRun.of("claims", "--db", db, "--as-of", "2026-04-01");
        assertEquals(0, text.exitCode(), text.err());
        List<String> lines = text.out().lines().toList();
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith(id + ":c1")).findFirst().orElseThrow());
        assertTrue(lines.get(at + 3).matches(" {4}near-duplicate of " + late + " \\(Nordkurier, 2026-03-02; similarity"
                + " 0\\.\\d\\d\\): not an independent report"), text.out());
        assertEquals(1, text.out().lines().filter(l -> l.contains("near-duplicate of")).count(),
                "the original and the other report copy nothing: " + text.out());

        CliRun json = CliRun.of("claims", "--db", db, "--as-of", "2026-04-01", "--format", "json");
        List<String> copied = json.out().lines().filter(l -> l.contains("\"copyOf\"")).toList();
        assertEquals(1, copied.size(), json.out());
        assertTrue(copied.get(0).contains("\"copyOf\":{\"id\":\"" + late + "\",\"url\":"), copied.get(0));
    }

    @Test
    void resolveRecordsTheJudgementAndTrackRecordAndTimelineShowIt() {
        CliRun resolved = CliRun.of("resolve", early + ":c1", "--db", db, "--as", "fulfilled", "--evidence",
                "https://stadt.example/bruecke-offen", "--note", "seit Juni offen", "--actor", "anna");
        assertEquals(0, resolved.exitCode(), resolved.err());
        assertEquals(early + ":c1: overdue -> fulfilled, evidence https://stadt.example/bruecke-offen, by anna",
                resolved.out().strip());

        CliRun again = CliRun.of("resolve", early + ":c1", "--db", db, "--as", "fulfilled", "--note", "doppelt");
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("is fulfilled already"), again.err());
        CliRun unknown = CliRun.of("resolve", "0000000000000000:c9", "--db", db, "--as", "failed", "--note", "?");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("no claim 0000000000000000:c9 is stored"), unknown.err());

        CliRun record = CliRun.of("track-record", "--db", db, "--speaker", "Zelenskyy", "--as-of", "2026-06-01");
        assertEquals(0, record.exitCode(), record.err());
        List<String> rows = record.out().lines().toList();
        assertEquals(2, rows.size(), record.out());
        assertEquals(List.of("speaker", "Wolodymyr", "Selenskyj", "1", "0", "0", "0", "1", "0", "0", "0", "1", "n/a"),
                List.of(rows.get(1).split(" +")), "one promise in two outlets, resolved after the deadline: late");

        CliRun timeline = CliRun.of("timeline", "Kyiv", "--db", db, "--as-of", "2026-06-01");
        assertEquals(0, timeline.exitCode(), timeline.err());
        List<String> entries = timeline.out().lines().toList();
        assertEquals(6, entries.size(), timeline.out());
        assertTrue(entries.get(0).startsWith("2026-03-01 18:00  article   " + early), timeline.out());
        assertTrue(entries.get(1).startsWith("2026-03-01 18:00  claim     " + early + ":c1  [fulfilled]"), timeline.out());
        assertTrue(entries.get(2).startsWith("2026-03-02 09:00  article   " + late), timeline.out());
        assertTrue(entries.get(3).startsWith("2026-03-02 09:00  claim     " + late + ":c1  [fulfilled]"),
                "the same promise in the other outlet is resolved with its cluster: " + timeline.out());
        assertTrue(entries.get(4).startsWith("2026-05-31        deadline  "), timeline.out());

        assertEquals(2, CliRun.of("timeline", "--db", db).exitCode(), "neither an entity nor a story");
    }

    private static Analysis report(String outlet, String published, String president, String city) {
        String text = outlet + " berichtet\n" + president + " verspricht, die Brücke in " + city
                + " werde bis Ende Mai 2026 wieder geöffnet.";
        Article article = new Article(ContentHash.of(text), outlet + ".txt", "text", null, outlet, outlet + " berichtet",
                null, new PublicationTime(LocalDateTime.parse(published), null, published), "de", text, List.of());
        return Analysis.of(article, new Provenance("test", "config-a", List.of("hand-built")))
                .with(Layers.SOURCES, List.of(new Source("s1", Source.Kind.NAMED_PERSON, president, List.of(START), null,
                        null, null, false)))
                .with(Layers.ENTITIES, List.of(
                        new Entity("e1", "PER", president, List.of(new Entity.Reference(START, president, Entity.Form.NAME)),
                                null, null, "s1"),
                        new Entity("e2", "LOC", city, List.of(new Entity.Reference(START, city, Entity.Form.NAME)), null,
                                null, null)))
                .with(Layers.CLAIMS, List.of(new Claim("c1", "s1", List.of(), null, START,
                        "Die Brücke in " + city + " wird bis Ende Mai 2026 wieder geöffnet", List.of("e2"),
                        Claim.Modality.PROMISE, Claim.Polarity.POSITIVE, Claim.Orientation.FUTURE, null,
                        new Claim.ClaimTime(START, "bis Ende Mai 2026", "2026-05", "BY", "2026-05-31"), true,
                        "Ist die Brücke bis 31.05.2026 wieder geöffnet?", "2026-06-01", 0.9, List.of())));
    }
}
