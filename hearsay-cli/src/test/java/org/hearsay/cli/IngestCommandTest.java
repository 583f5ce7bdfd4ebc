package org.hearsay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearsay.core.model.Article;
import org.hearsay.store.ArticleEntry;
import org.hearsay.store.CorpusStore;
import org.hearsay.store.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code hearsay ingest} into a store file, with a corrupt input, a re-run and a changed page. */
class IngestCommandTest {
    static final String BUSES = """
            Lindenau erhält zwölf neue Buslinien
            Die Stadt Lindenau will bis Ende 2027 zwölf neue Buslinien einrichten. Das kündigte Bürgermeisterin Anna Keller am Montag im Stadtrat an.
            02.02.2026 10:15
            „Wir verbinden endlich alle Ortsteile miteinander“, sagte Keller. Der Verkehrsverbund erklärte, die Finanzierung sei für die ersten drei Jahre gesichert.
            """;
    static final String HARBOUR = """
            Nordstadt verschiebt den Ausbau des Hafens
            Der Ausbau des Containerhafens in Nordstadt verzögert sich um ein Jahr. Hafendirektor Jens Lorenz nannte gestiegene Baukosten als Grund.
            05.02.2026 08:00
            „Wir rechnen mit einem Baubeginn im Frühjahr 2027“, sagte Lorenz. Ein Sprecher des Landes bestätigte, dass die Mittel bereitstehen.
            """;

    @TempDir
    Path dir;

    @Test
    void aCorruptInputIsNamedTheOthersAreStoredAndARerunChangesNothing() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("a-buslinien.txt"), BUSES, StandardCharsets.UTF_8);
        Files.write(news.resolve("b-kaputt.txt"), "Zölle\u0000\u0000\u0007 und Quoten".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(news.resolve("c-hafen.txt"), HARBOUR, StandardCharsets.UTF_8);
        Files.copy(AnalyzeCommandTest.EXAMPLE, news.resolve("d-zoelle.txt"));
        Path db = dir.resolve("corpus.db");

        CliRun first = CliRun.of("ingest", "--db", db.toString(), "--threads", "2", news.toString());
        assertEquals(1, first.exitCode(), first.err());
        assertTrue(first.err().contains(news.resolve("b-kaputt.txt") + ": binary data"), first.err());
        assertTrue(first.err().contains("3 created, 0 updated, 0 unchanged, 1 failed, 0 skipped"), first.err());
        assertEquals(Set.of("Lindenau erhält zwölf neue Buslinien", "Nordstadt verschiebt den Ausbau des Hafens",
                "Brüssel verhandelt über Zölle nur nach Rückzug der Stahlquoten"), titles(db));

        CliRun again = CliRun.of("ingest", "--db", db.toString(), news.toString());
        assertEquals(1, again.exitCode(), "the corrupt file still fails: " + again.err());
        assertTrue(again.err().contains("0 created, 0 updated, 3 unchanged, 1 failed, 0 skipped"), again.err());
        try (CorpusStore store = SqliteStore.open(db)) {
            assertEquals(3, store.counts().articles());
        }
    }

    @Test
    void aPageWhoseTextChangedUpdatesItsOneArticle() throws IOException {
        Path page = dir.resolve("hafen.html");
        Path db = dir.resolve("corpus.db");
        Files.writeString(page, html(HARBOUR), StandardCharsets.UTF_8);
        CliRun first = CliRun.of("ingest", "--db", db.toString(), page.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains("1 created, 0 updated, 0 unchanged, 0 failed"), first.err());

        String corrected = HARBOUR.replace("um ein Jahr", "um zwei Jahre");
        Files.writeString(page, html(corrected), StandardCharsets.UTF_8);
        CliRun second = CliRun.of("ingest", "--db", db.toString(), page.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.err().contains("0 created, 1 updated, 0 unchanged, 0 failed"), second.err());

        try (CorpusStore store = SqliteStore.open(db)) {
            assertEquals(1, store.counts().articles());
            Article stored = store.articleByUrl("https://lokal.example/nordstadt/hafen").orElseThrow();
            assertTrue(stored.text().contains("um zwei Jahre"), stored.text());
        }
    }

    @Test
    void theFirstFailureToStoreIsNamedAndEndsTheStoring() throws IOException, SQLException {
        List<String> articles = InventedArticles.write(dir);
        Path db = dir.resolve("corpus.db");
        SqliteStore.open(db).close();
        // Stands in for a disk that fills up after two articles: the third insert is refused.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER disk_full BEFORE INSERT ON articles WHEN (SELECT COUNT(*) FROM articles) >= 2"
                    + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        }
        List<String> args = new ArrayList<>(List.of("ingest", "--db", db.toString(), "--threads", "1"));
        args.addAll(articles);
        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("hearsay: error: cannot store article ") && run.err().contains(" (" + articles.get(2)
                + ") in " + db + ": "), run.err());
        assertTrue(run.err().contains("database or disk is full"), run.err());
        assertTrue(run.err().contains("stopped at the first failure to store"), run.err());
        assertTrue(run.err().contains("2 created, 0 updated, 0 unchanged, 1 failed"), run.err());
        try (CorpusStore store = SqliteStore.open(db)) {
            assertEquals(2, store.counts().articles());
        }
    }

    @Test
    void aStoreItCannotOpenIsReportedWithoutAnalysingAnything() throws IOException {
        Path notADatabase = Files.writeString(dir.resolve("notes.db"), "Einkaufsliste: Brot, Milch, Äpfel\n".repeat(200));
        CliRun run = CliRun.of("ingest", "--db", notADatabase.toString(), AnalyzeCommandTest.EXAMPLE.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("cannot open the store " + notADatabase), run.err());
    }

    private static String html(String article) {
        List<String> lines = article.lines().toList();
        return "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>" + lines.get(0) + "</title>"
                + "<link rel=\"canonical\" href=\"https://lokal.example/nordstadt/hafen\">"
                + "<meta property=\"og:site_name\" content=\"Nordstädter Zeitung\"></head><body><article><h1>"
                + lines.get(0) + "</h1>" + lines.stream().skip(1).filter(l -> !l.matches("[\\d.: ]+"))
                .map(l -> "<p>" + l + "</p>").collect(Collectors.joining()) + "</article></body></html>";
    }

    private static Set<String> titles(Path db) {
        try (CorpusStore store = SqliteStore.open(db)) {
            return store.articles(null, 10).articles().stream().map(ArticleEntry::title).collect(Collectors.toSet());
        }
    }
}
