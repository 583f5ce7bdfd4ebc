package org.hearsay.ingest;

import static org.hearsay.ingest.CollectingSink.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.SectionKind;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
    private static final ArticleReader READER = ArticleReader.standard();

    private static Article read(Path file) {
        CollectingSink sink = new CollectingSink();
        READER.read(file, sink);
        return sink.only();
    }

    private static Article read(String text) {
        CollectingSink sink = new CollectingSink();
        READER.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "stdin", sink);
        return sink.only();
    }

    @Test
    void seedArticleHasTitleLeadDatelineAndBothSubHeadings() {
        Path seed = Fixtures.repositoryRoot().resolve("../shared/seed/000_2a976e1a81791f92.txt").normalize();
        assumeTrue(Files.isRegularFile(seed), "seed article not present");
        Article article = read(seed);

        assertEquals("Putin plant Friedensverhandlungen nur nach Rückzug aus Kursk", article.title());
        assertEquals(List.of(article.title()), texts(article, SectionKind.TITLE));
        assertTrue(texts(article, SectionKind.LEAD).getFirst().startsWith("Der Kreml wird keine Friedensverhandlungen"));
        assertEquals(List.of("12.11.2024 08:09"), texts(article, SectionKind.DATELINE));
        assertEquals(List.of("Gespräche erst nach der Verdrängung der Ukrainer aus der Nähe von Kursk",
                "Verdrängung bis zum Neujahr geplant"), texts(article, SectionKind.HEADING));
        assertEquals(12, texts(article, SectionKind.PARAGRAPH).size());
        assertEquals(LocalDateTime.of(2024, 11, 12, 8, 9), article.published().local());
        assertNull(article.published().offset());
        assertEquals("de", article.language());
        assertEquals("text", article.format());
        assertEquals(seed.toString(), article.origin());
        assertEquals(ContentHash.of(article.text()), article.id());
    }

    @Test
    void repositoryExampleParsesInTheSameLayout() {
        Article article = read(Fixtures.repositoryRoot().resolve("examples/zollgespraeche.txt"));

        assertEquals("Brüssel verhandelt über Zölle nur nach Rückzug der Stahlquoten", article.title());
        assertEquals(1, texts(article, SectionKind.LEAD).size());
        assertEquals(List.of("04.03.2025 14:30"), texts(article, SectionKind.DATELINE));
        assertEquals(LocalDateTime.of(2025, 3, 4, 14, 30), article.published().local());
        assertEquals(List.of("Gespräche erst nach dem Ende der Quoten", "Einigung bis zum Sommer geplant"),
                texts(article, SectionKind.HEADING));
        assertEquals("de", article.language());
    }

    @Test
    void isoDatelineAndEnglishText() {
        Article article = read(Fixtures.fixture("harbour-strike.txt"));

        assertEquals("Dock workers extend strike after talks with port authority collapse", article.title());
        assertEquals(LocalDateTime.of(2025, 2, 18, 9, 45), article.published().local());
        assertEquals(List.of("Shipping lines start to reroute"), texts(article, SectionKind.HEADING));
        assertEquals(4, texts(article, SectionKind.PARAGRAPH).size());
        assertEquals("en", article.language());
    }

    @Test
    void datelineMayNameTheOutlet() {
        Article article = read("Stadtrat vertagt die Entscheidung über die Brücke\n"
                + "Die Sanierung der Lindenbrücke muss warten.\n"
                + "03.03.2025 17:45 | Neustädter Anzeiger\n"
                + "Der Stadtrat hat die Abstimmung über die Sanierung der Lindenbrücke am Montag vertagt.\n");
        assertEquals("Neustädter Anzeiger", article.outlet());
        assertEquals(LocalDateTime.of(2025, 3, 3, 17, 45), article.published().local());
        assertEquals(List.of("03.03.2025 17:45 | Neustädter Anzeiger"), texts(article, SectionKind.DATELINE));
        // A separator with no date before it is no dateline: the text is body only.
        Article noDate = read("Eine Zeile\nNoch eine | Anzeiger\nUnd ein Absatz mit Punkt.\n");
        assertNull(noDate.outlet());
        assertNull(noDate.published());
    }

    @Test
    void sectionsTileTheTextInOrderWithoutOverlap() {
        Article article = read(Fixtures.fixture("harbour-strike.txt"));
        int previousEnd = -1;
        for (var section : article.sections()) {
            assertTrue(section.span().start() > previousEnd, () -> "overlap at " + section);
            String covered = section.span().of(article.text());
            assertEquals(covered.strip(), covered);
            assertFalse(covered.contains("\n"));
            previousEnd = section.span().end();
        }
    }

    @Test
    void textWithoutDatelineIsBodyOnly() {
        Article article = read("""
                Ein Satz ohne Titelzeile beginnt diesen Text.
                Zwischenzeile ohne Punkt
                Noch ein Absatz, der mit einem Punkt endet.
                """);

        assertNull(article.title());
        assertNull(article.published());
        assertEquals(List.of("Zwischenzeile ohne Punkt"), texts(article, SectionKind.HEADING));
        assertEquals(2, texts(article, SectionKind.PARAGRAPH).size());
        assertTrue(texts(article, SectionKind.TITLE).isEmpty());
    }

    @Test
    void leadMayBeMissingAndDateMayUseCommaAndUhr() {
        Article article = read("""
                Hochwasser erreicht die Altstadt
                12.11.2024, 08:09 Uhr
                Der Pegel ist in der Nacht um einen Meter gestiegen, teilte die Feuerwehr mit.
                """);

        assertEquals("Hochwasser erreicht die Altstadt", article.title());
        assertTrue(texts(article, SectionKind.LEAD).isEmpty());
        assertEquals(LocalDateTime.of(2024, 11, 12, 8, 9), article.published().local());
        assertEquals("12.11.2024, 08:09 Uhr", article.published().raw());
    }

    @Test
    void headingRulesQuotedLinesAndTrailingShortLine() {
        Article article = read("""
                Titel der Meldung
                Vorspann mit einem ganzen Satz.
                01.02.2025
                Erster Absatz mit einem Satz.
                „Wir bleiben hart“
                „Das ist ein zitierter Satz.“
                Zweiter Absatz, er endet mit einer Frage?
                dpa/Redaktion
                """);

        assertEquals(List.of("„Wir bleiben hart“"), texts(article, SectionKind.HEADING));
        assertEquals(List.of("Erster Absatz mit einem Satz.", "„Das ist ein zitierter Satz.“",
                "Zweiter Absatz, er endet mit einer Frage?", "dpa/Redaktion"), texts(article, SectionKind.PARAGRAPH));
        assertEquals(LocalDateTime.of(2025, 2, 1, 0, 0), article.published().local());
    }

    @Test
    void lineEndingsByteOrderMarkAndUnicodeFormAreNormalised() {
        String decomposed = "Zo\u0308lle steigen";   // "Zölle" with a combining diaeresis
        byte[] crlf = ("\uFEFF" + decomposed + "\r\n04.03.2025 14:30\r\nDie EU reagiert gelassen, sagte ein Sprecher.\r\n")
                .getBytes(StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        READER.read(new ByteArrayInputStream(crlf), "-", sink);
        Article article = sink.only();

        assertEquals("Zölle steigen", article.title());
        assertEquals("Zölle steigen\n04.03.2025 14:30\nDie EU reagiert gelassen, sagte ein Sprecher.\n", article.text());
        assertEquals("-", article.origin());
    }

    @Test
    void hardWrappedParagraphsBetweenBlankLinesAreBlocksNotHeadings() {
        String text = """
                Fähre fällt aus
                2025-01-20
                Die Fähre über den See fällt bis Freitag aus, weil ein
                Motor ersetzt werden muss, teilte die Reederei mit.

                Ersatzbusse fahren

                Zwischen den Anlegern fahren stündlich Busse, sagte ein
                Sprecher der Reederei.
                """;
        Article article = read(text);

        assertEquals("Fähre fällt aus", article.title());
        assertEquals(List.of("Ersatzbusse fahren"), texts(article, SectionKind.HEADING));
        assertEquals(List.of("Die Fähre über den See fällt bis Freitag aus, weil ein\n"
                        + "Motor ersetzt werden muss, teilte die Reederei mit.",
                "Zwischen den Anlegern fahren stündlich Busse, sagte ein\nSprecher der Reederei."),
                texts(article, SectionKind.PARAGRAPH));
    }
}
