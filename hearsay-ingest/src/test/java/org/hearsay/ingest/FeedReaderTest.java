package org.hearsay.ingest;

import static org.hearsay.ingest.CollectingSink.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.hearsay.core.model.Article;
import org.hearsay.core.model.SectionKind;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    private static final ArticleReader READER = ArticleReader.standard();

    private static CollectingSink read(String fixture) {
        CollectingSink sink = new CollectingSink();
        READER.read(Fixtures.fixture(fixture), sink);
        return sink;
    }

    @Test
    void rssItemsBecomeArticlesAndAnItemWithoutTextIsAFailure() {
        CollectingSink sink = read("newsroom-rss.xml");

        assertEquals(2, sink.articles.size());
        Article ferry = sink.articles.get(0);
        assertEquals("feed", ferry.format());
        assertEquals("Ferry operator cuts winter timetable", ferry.title());
        assertEquals("https://tribune.example/ferry-winter", ferry.url());
        assertEquals("https://tribune.example/ferry-winter", ferry.origin());
        assertEquals("Lakeside Tribune", ferry.outlet());
        assertEquals("Ellen Fisher", ferry.byline());
        assertEquals(LocalDateTime.of(2025, 2, 10, 7, 30), ferry.published().local());
        assertEquals(ZoneOffset.ofHours(1), ferry.published().offset(), "the feed's own offset is kept");
        assertEquals("Mon, 10 Feb 2025 07:30:00 +0100", ferry.published().raw());
        assertEquals(List.of("Fewer crossings from November, the operator announced."), texts(ferry, SectionKind.LEAD));
        assertEquals(List.of("Commuters worried"), texts(ferry, SectionKind.HEADING));
        assertEquals(2, texts(ferry, SectionKind.PARAGRAPH).size());
        assertEquals("en", ferry.language());

        Article school = sink.articles.get(1);
        assertTrue(texts(school, SectionKind.LEAD).isEmpty());
        assertEquals(List.of("Repairs to the roof of the primary school on Mill Street were finished two weeks "
                + "ahead of schedule, the council said."), texts(school, SectionKind.PARAGRAPH));

        assertEquals(1, sink.failures.size());
        assertEquals("https://tribune.example/gallery-frozen-lake: feed item has no text besides its title",
                sink.failures.getFirst().userMessage());
    }

    @Test
    void atomFeedInLatin1UsesItsXmlDeclaration() {
        CollectingSink sink = read("agentur-atom.xml");

        assertEquals(2, sink.articles.size(), () -> sink.failures.toString());
        Article first = sink.articles.get(0);
        assertEquals("Bergbahnen verlängern die Saison", first.title());
        assertEquals("Alpenpost Meldungen", first.outlet());
        assertEquals("Lukas Gruber", first.byline());
        assertEquals(LocalDateTime.of(2025, 2, 11, 9, 15), first.published().local());
        assertEquals(ZoneOffset.ofHours(1), first.published().offset());
        assertTrue(first.text().contains("fahren die Bergbahnen zwei Wochen länger"));
        assertEquals("de", first.language());

        Article second = sink.articles.get(1);
        assertEquals("https://alpenpost.example/hallenbad", second.url());
        assertEquals(LocalDateTime.of(2025, 2, 10, 17, 0), second.published().local(), "updated when not published");
        assertEquals(List.of("Der Gemeinderat hat den Bau eines neuen Hallenbads beschlossen. "
                + "Die Kosten sollen sich Gemeinde und Land teilen."), texts(second, SectionKind.PARAGRAPH));
    }

    @Test
    void dateRomeReadsButWeCannotIsGivenInUtc() {
        String rss = """
                <rss version="2.0"><channel><title>Kurz</title><item><title>Fähre</title>
                <link>https://kurz.example/faehre</link><pubDate>Mon, 10 Feb 2025 07:30:00 EST</pubDate>
                <description>Die Fähre fährt wieder, sagte der Betreiber am Montag.</description></item></channel></rss>
                """;
        CollectingSink sink = new CollectingSink();
        READER.read(new ByteArrayInputStream(rss.getBytes(StandardCharsets.UTF_8)), "kurz.rss", sink);

        assertEquals(LocalDateTime.of(2025, 2, 10, 12, 30), sink.only().published().local());
        assertEquals(ZoneOffset.UTC, sink.only().published().offset());
    }

    @Test
    void brokenFeedIsOneFailure() {
        String broken = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kaputt</title><item><title>A</item>";
        CollectingSink sink = new CollectingSink();
        READER.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "broken.rss", sink);

        assertTrue(sink.onlyFailure().userMessage().startsWith("broken.rss: not a readable RSS/Atom feed ("),
                sink.onlyFailure().userMessage());
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://x.example/a</link>
                <description>Geheim: &secret; sagte niemand.</description></item></channel></rss>
                """;
        CollectingSink sink = new CollectingSink();
        READER.read(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), "xxe.rss", sink);

        assertTrue(sink.onlyFailure().userMessage().startsWith("xxe.rss: not a readable RSS/Atom feed ("));
    }

    @Test
    void feedWithoutItemsIsAFailure() {
        String empty = "<rss version=\"2.0\"><channel><title>Leer</title><link>https://leer.example/</link></channel></rss>";
        CollectingSink sink = new CollectingSink();
        READER.read(new ByteArrayInputStream(empty.getBytes(StandardCharsets.UTF_8)), "empty.rss", sink);

        assertEquals("empty.rss: feed has no items", sink.onlyFailure().userMessage());
    }
}
