package org.hearsay.lang.de.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.SourceRelay;
import org.hearsay.core.model.Span;
import org.hearsay.core.quotes.SourceInventory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's motivating article against the quotations and sources of its hand-made gold
 * (seed-quotations.tsv, seed-sources.tsv, derived from shared/seed/gold.md). Skipped when the
 * article is not in this checkout.
 */
class SeedArticleQuotationsTest {
    private static Analysis analysis;
    private static Map<String, Source> goldSources;

    @BeforeAll
    static void analyseSeed() throws IOException {
        Optional<String> text = QuoteFixture.seedArticle();
        Assumptions.assumeTrue(text.isPresent(), "seed article not found");
        analysis = QuoteFixture.analyse(text.get());
        goldSources = new HashMap<>();
        for (String[] row : rows("seed-sources.tsv")) {
            List<Source> matching = analysis.get(Layers.SOURCES).stream().filter(s -> s.name().startsWith(row[2])).toList();
            assertEquals(1, matching.size(), "sources named '" + row[2] + "…': " + matching);
            goldSources.put(row[0], matching.get(0));
        }
    }

    @Test
    void theTenSourcesWithKindTypeAndCount() throws IOException {
        assertEquals(10, analysis.get(Layers.SOURCES).size(), analysis.get(Layers.SOURCES).toString());
        for (String[] row : rows("seed-sources.tsv")) {
            Source s = goldSources.get(row[0]);
            assertEquals(row[1], s.kind().name(), row[0]);
            assertEquals(row[3].equals("-") ? null : row[3], s.anonymousType(), row[0]);
            assertEquals(row[4].equals("-") ? null : Integer.valueOf(row[4]), s.count(), row[0]);
        }
        assertTrue(goldSources.get("K0").plural());
        assertFalse(goldSources.get("K1").plural());
        assertEquals("kremlnah", goldSources.get("K1").affiliation());
        assertEquals("aus dem Kreml", goldSources.get("K2").affiliation());
    }

    @Test
    void sourcesCollectTheirLaterMentions() {
        assertTrue(mentions("W").containsAll(List.of("das unabhängige russische Portal Werstka", "Journalisten", "Das Portal",
                "Werstka")), mentions("W").toString());
        assertTrue(mentions("P").containsAll(List.of("Wladimir Putin", "Putin", "Der Diktator", "er")), mentions("P").toString());
        assertTrue(mentions("K1").containsAll(List.of("ein kremlnaher Gesprächspartner", "Er", "ihm")), mentions("K1").toString());
        assertTrue(mentions("N").containsAll(List.of("Der Gesprächspartner", "der Gesprächspartner")), mentions("N").toString());
        assertTrue(mentions("M").containsAll(List.of("dem Gesprächspartner", "Er")), mentions("M").toString());
    }

    @Test
    void werstkaRelaysItsThreeSources() {
        List<SourceRelay> relays = analysis.get(Layers.SOURCE_RELAYS);
        String w = goldSources.get("W").id();
        assertEquals(Set.of(goldSources.get("S12").id(), goldSources.get("S3").id()),
                Set.copyOf(relays.stream().filter(r -> r.relay().equals(w)).map(SourceRelay::source).toList()));
        assertEquals(2, relays.size());
        assertEquals("beruft sich auf", analysis.textOf(relays.get(0).cue()));
        int sources = goldSources.get("S12").count() + goldSources.get("S3").count();
        assertEquals(3, sources, "drei Quellen");
    }

    @Test
    void allNineteenQuotationsWithTheirSpeakers() throws IOException {
        List<String> wrong = new ArrayList<>();
        int exact = 0;
        List<String[]> gold = rows("seed-quotations.tsv");
        for (String[] row : gold) {
            Optional<Quotation> found = QuoteFixture.quotations(analysis).stream()
                    .filter(q -> row[2].equals(q.cueLemma()) && QuoteFixture.content(analysis, q).startsWith(row[4])).findFirst();
            if (found.isEmpty()) {
                wrong.add(row[0] + ": not found");
                continue;
            }
            Quotation q = found.get();
            boolean typeRight = Set.of(row[1].split("\\|")).contains(q.type().name());
            boolean speakerRight = goldSources.get(row[3]).id().equals(q.source());
            if (typeRight && speakerRight) {
                exact++;
            } else {
                wrong.add(row[0] + ": " + QuoteFixture.describe(analysis, q));
            }
        }
        System.out.println("seed article: " + exact + " of " + gold.size() + " quotations exactly right");
        assertEquals(List.of(), wrong);
        assertEquals(gold.size(), QuoteFixture.quotations(analysis).size(), "no quotations beyond the gold ones");
    }

    @Test
    void theArticlesOwnForecastIsNoQuotation() {
        Sentence forecast = analysis.get(Layers.SENTENCES).stream()
                .filter(s -> analysis.textOf(s.span()).startsWith("Wladimir Putin wird vorschlagen")).findFirst().orElseThrow();
        for (Quotation q : QuoteFixture.quotations(analysis)) {
            assertFalse(q.extent().overlaps(forecast.span()), QuoteFixture.describe(analysis, q));
        }
    }

    @Test
    void anonymousQuotationsReachTheArticleThroughWerstka() {
        String w = goldSources.get("W").id();
        for (Quotation q : QuoteFixture.quotations(analysis)) {
            Source s = QuoteFixture.source(analysis, q);
            assertEquals(s.anonymous() ? List.of(w) : List.of(), q.relayedBy(), QuoteFixture.describe(analysis, q));
        }
    }

    @Test
    void directQuotesHaveTheirFrameAndSplitNothing() {
        List<Quotation> direct = QuoteFixture.quotations(analysis).stream().filter(q -> q.type() == Quotation.Type.DIRECT).toList();
        assertEquals(5, direct.size());
        assertEquals("sagte ein kremlnaher Gesprächspartner", analysis.textOf(direct.get(0).frame()));
        // The example in docs/json-format.md.
        assertEquals(List.of(new Span(958, 1020)), direct.get(0).content());
        assertEquals(new Span(1029, 1060), direct.get(0).speaker());
        assertEquals(Quotation.Medium.SPEECH, direct.get(0).medium());
        assertTrue(direct.stream().noneMatch(Quotation::unclosed));
        assertTrue(QuoteFixture.content(analysis, direct.get(1)).endsWith("bis Ende des Jahres zu verdrängen"));
    }

    @Test
    void inventoryCountsNamedAndAnonymous() {
        SourceInventory inventory = SourceInventory.of(analysis);
        assertEquals(19, inventory.quotations());
        assertEquals(0, inventory.unattributed());
        assertEquals(8, inventory.namedQuotations());
        assertEquals(11, inventory.anonymousQuotations());
        Map<String, Integer> perSource = new HashMap<>();
        inventory.sources().forEach(e -> perSource.put(e.source().id(), e.quotations()));
        Map<String, Integer> expected = Map.of("W", 3, "K0", 1, "K1", 3, "K2", 1, "N", 3, "M", 3, "P", 3, "T", 2, "S12", 0, "S3", 0);
        expected.forEach((key, n) -> assertEquals(n, perSource.get(goldSources.get(key).id()), key));
        assertEquals(11, inventory.lines().size());
    }

    private static List<String> mentions(String key) {
        return goldSources.get(key).mentions().stream().map(analysis::textOf).toList();
    }

    private static List<String[]> rows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SeedArticleQuotationsTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }
}
