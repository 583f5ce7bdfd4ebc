package org.hearsay.ingest;

import static org.hearsay.ingest.CollectingSink.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.hearsay.core.model.Article;
import org.hearsay.core.model.SectionKind;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    private static final ArticleReader READER = ArticleReader.standard();

    private static CollectingSink read(String fixture) {
        CollectingSink sink = new CollectingSink();
        READER.read(Fixtures.fixture(fixture), sink);
        return sink;
    }

    private static Article readHtml(byte[] html, String name) {
        CollectingSink sink = new CollectingSink();
        READER.read(new ByteArrayInputStream(html), name, sink);
        return sink.only();
    }

    @Test
    void newsPageGivesMetadataAndCleanBlocks() {
        Article article = read("kurzmeldung.html").only();

        assertEquals("html", article.format());
        assertEquals("Stadtrat stoppt Seilbahnprojekt über den Rhein", article.title());
        assertEquals("Rheinischer Anzeiger", article.outlet());
        assertEquals("Jana Berger", article.byline());
        assertEquals("https://anzeiger.example/stadt/seilbahn-gestoppt-123", article.url());
        assertEquals(LocalDateTime.of(2025, 3, 4, 14, 30), article.published().local());
        assertEquals(ZoneOffset.ofHours(1), article.published().offset());
        assertEquals("de", article.language());

        assertTrue(article.text().startsWith("Stadtrat stoppt Seilbahnprojekt über den Rhein\nDie geplante Seilbahn"));
        assertEquals(1, texts(article, SectionKind.LEAD).size());
        assertEquals(List.of("Verkehrsverbund prüft Alternativen"), texts(article, SectionKind.HEADING));
        List<String> paragraphs = texts(article, SectionKind.PARAGRAPH);
        assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("„Wir können den Bürgerinnen")));
        assertTrue(paragraphs.getLast().startsWith("Laut einem Gutachten"));
        for (String furniture : List.of("Startseite", "Meistgelesen", "Alle Rechte", "Foto: Archiv", "tracking", "Von Jana",
                "Radwege", "Leser123")) {
            assertFalse(article.text().contains(furniture), furniture);
        }
        assertEquals(1, texts(article, SectionKind.TITLE).size(), "the h1 repeating the title is not a block");
    }

    @Test
    void jsonLdSuppliesDateAuthorsOutletAndUrl() {
        Article article = read("council-jsonld.html").only();

        assertEquals("Council approves night bus pilot", article.title());
        assertEquals("Sam Hughes, Priya Raman", article.byline());
        assertEquals("The Valley Courier", article.outlet());
        assertEquals("https://courier.example/news/night-bus-pilot", article.url());
        assertEquals(ZoneOffset.UTC, article.published().offset());
        assertEquals(LocalDateTime.of(2025, 1, 9, 18, 5), article.published().local());
        assertEquals(3, texts(article, SectionKind.PARAGRAPH).size());
        assertTrue(texts(article, SectionKind.LEAD).isEmpty());
        assertEquals("en", article.language());
    }

    @Test
    void pageWithoutTextIsAFailure() {
        var failure = read("furniture-only.html").onlyFailure();
        assertTrue(failure.userMessage().endsWith("furniture-only.html: no article text found in the HTML page"),
                failure.userMessage());
    }

    @Test
    void looseTextWithoutParagraphElementsIsStillRead() {
        Article article = readHtml("""
                <html><body><div>Der Bürgermeister trat am Montag zurück.<br>Er nannte gesundheitliche Gründe.</div>
                <div><span>Ein Nachfolger soll im Mai gewählt werden.</span></div></body></html>
                """.getBytes(StandardCharsets.UTF_8), "page");

        assertNull(article.title());
        assertEquals("Der Bürgermeister trat am Montag zurück.\nEr nannte gesundheitliche Gründe.\n"
                + "Ein Nachfolger soll im Mai gewählt werden.", article.text());
    }

    @Test
    void absurdlyDeepMarkupIsReadWithoutOverflowingTheStack() {
        String deep = "<html><body>" + "<div>".repeat(20_000)
                + "<p>Ganz unten steht der Satz, den der Sprecher am Montag sagte.</p>" + "</div>".repeat(20_000)
                + "</body></html>";
        Article article = readHtml(deep.getBytes(StandardCharsets.UTF_8), "deep.html");

        assertEquals("Ganz unten steht der Satz, den der Sprecher am Montag sagte.", article.text());
    }

    @Test
    void metaCharsetDecidesTheEncoding() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "<title>Straßenbahn fährt wieder</title></head><body><p>Die Straßenbahn fährt seit heute "
                + "wieder über die Brücke, teilte der Betreiber mit.</p></body></html>";
        Article article = readHtml(html.getBytes(Charset.forName("ISO-8859-1")), "alt.html");

        assertEquals("Straßenbahn fährt wieder", article.title());
        assertTrue(article.text().contains("Die Straßenbahn fährt seit heute"));
    }

    @Test
    void declaredCharsetTellsLegacyEncodingsApart() {
        String html = "<html><head><meta charset=\"windows-1251\"><title>Мэр открыл новый мост</title></head>"
                + "<body><p>Мэр города открыл в понедельник новый мост через реку, сообщила пресс-служба.</p></body></html>";
        Article article = readHtml(html.getBytes(Charset.forName("windows-1251")), "ru.html");

        assertEquals("Мэр открыл новый мост", article.title());
        assertEquals("ru", article.language());
    }

    @Test
    void validUtf8WinsOverAWrongDeclaration() {
        String html = "<html><head><meta charset=\"iso-8859-1\"><title>Fähre fährt</title></head>"
                + "<body><p>Die Fähre über den See fährt wieder, sagte der Betreiber.</p></body></html>";
        Article article = readHtml(html.getBytes(StandardCharsets.UTF_8), "wrong.html");

        assertEquals("Fähre fährt", article.title());
    }

    @Test
    void dublinCoreDateWithoutZoneStaysWithoutZone() {
        Article article = readHtml("""
                <html><head><meta name="DC.date" content="2025-02-03 16:45"><title>Hafenfest abgesagt</title></head>
                <body><p>Das Hafenfest fällt in diesem Jahr aus, teilte der Veranstalter mit.</p></body></html>
                """.getBytes(StandardCharsets.UTF_8), "dc.html");

        assertEquals(LocalDateTime.of(2025, 2, 3, 16, 45), article.published().local());
        assertNull(article.published().offset());
        assertEquals("2025-02-03 16:45", article.published().raw());
    }

    @Test
    void titleElementLosesTheOutletSuffix() {
        Article article = readHtml("""
                <html><head><title>Brücke gesperrt | Stadtbote</title><meta property="og:site_name" content="Stadtbote">
                </head><body><p>Die Brücke bleibt bis Freitag gesperrt, sagte ein Sprecher der Stadt.</p></body></html>
                """.getBytes(StandardCharsets.UTF_8), "b.html");

        assertEquals("Brücke gesperrt", article.title());
        assertEquals("Stadtbote", article.outlet());
    }
}
