package org.hearsay.lang.de.coreference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article against its entity table (seed-entities.tsv, derived from shared/seed/gold.md).
 * Skipped when the article is not in this checkout.
 */
class SeedEntityTableTest {
    private static Analysis analysis;

    @BeforeAll
    static void analyseSeed() throws IOException {
        Optional<String> text = EntityFixture.seedArticle();
        Assumptions.assumeTrue(text.isPresent(), "seed article not found");
        analysis = EntityFixture.analyse(text.get());
    }

    @Test
    void everyGoldEntityWithItsVariants() throws IOException {
        String table = EntityFixture.table(analysis);
        for (String[] row : rows()) {
            Entity e = EntityFixture.entity(analysis, row[0]);
            assertEquals(row[1], e.type(), row[0]);
            List<String> texts = EntityFixture.texts(e);
            for (String variant : row[2].split("\\|")) {
                assertTrue(texts.contains(variant), row[0] + " lacks '" + variant + "':" + table);
            }
            assertEquals(value(row[3]), e.standsFor(), row[0]);
            assertEquals(value(row[4]), e.abbreviation(), row[0]);
            assertEquals(value(row[5]), sourceName(e), row[0]);
        }
    }

    @Test
    void nothingBeyondTheGoldTable() throws IOException {
        assertEquals(rows().stream().map(row -> row[0]).sorted().toList(),
                analysis.get(Layers.ENTITIES).stream().map(Entity::canonical).sorted().toList());
    }

    @Test
    void referenceFormsTellHowTheyName() {
        Entity putin = EntityFixture.entity(analysis, "Wladimir Putin");
        assertEquals(Entity.Form.NAME, form(putin, "Wladimir Putin"));
        assertEquals(Entity.Form.SHORT_NAME, form(putin, "Putins"));
        assertEquals(Entity.Form.DESCRIPTION, form(putin, "Der Diktator"));
        assertEquals(Entity.Form.PRONOUN, form(putin, "er"));
        assertEquals(Entity.Form.ABBREVIATION, form(EntityFixture.entity(analysis, "ukrainische Streitkräfte"), "SZU"));
    }

    @Test
    void eachPlaceIsReferredToOnceAndInTextOrder() {
        List<Entity> entities = analysis.get(Layers.ENTITIES);
        List<Integer> firsts = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            assertEquals("e" + (i + 1), e.id());
            firsts.add(e.references().get(0).span().start());
            for (int k = 1; k < e.references().size(); k++) {
                assertTrue(e.references().get(k - 1).span().end() <= e.references().get(k).span().start(), e.toString());
            }
        }
        assertEquals(firsts.stream().sorted().toList(), firsts);
        long references = entities.stream().mapToLong(e -> e.references().size()).sum();
        long distinct = entities.stream().flatMap(e -> e.references().stream()).map(Entity.Reference::span).distinct().count();
        assertEquals(references, distinct);
    }

    @Test
    void anonymousSourcesAndTheirPronounsAreNoEntities() {
        // "Er erklärte …" after "ein kremlnaher Gesprächspartner" is the anonymous source, not Putin or Trump.
        Source k1 = analysis.get(Layers.SOURCES).stream().filter(s -> s.name().equals("ein kremlnaher Gesprächspartner"))
                .findFirst().orElseThrow();
        for (var span : k1.mentions()) {
            assertTrue(analysis.get(Layers.ENTITIES).stream().flatMap(e -> e.references().stream())
                    .noneMatch(r -> r.span().overlaps(span)), analysis.textOf(span));
        }
        assertNull(EntityFixture.referredToBy(analysis, "Gesprächspartner aus dem Kreml"));
    }

    @Test
    void theTwoPresidentsStayApart() {
        Entity putin = EntityFixture.entity(analysis, "Wladimir Putin");
        Entity trump = EntityFixture.entity(analysis, "Donald Trump");
        assertNotEquals(putin.id(), trump.id());
        assertEquals(trump, EntityFixture.referredToBy(analysis, "ihn"), "Er erinnerte an das Attentat auf ihn");
        assertTrue(EntityFixture.texts(putin).stream().noneMatch(t -> t.contains("Präsident") || t.contains("Trump")));
        assertTrue(EntityFixture.texts(trump).stream().noneMatch(t -> t.contains("Diktator") || t.contains("Putin")));
    }

    private static Entity.Form form(Entity e, String text) {
        return e.references().stream().filter(r -> r.text().equals(text)).map(Entity.Reference::form).findFirst().orElseThrow();
    }

    private static String sourceName(Entity e) {
        return e.source() == null ? null : analysis.get(Layers.SOURCES).stream().filter(s -> s.id().equals(e.source()))
                .map(Source::name).findFirst().orElseThrow();
    }

    private static String value(String cell) {
        return cell.equals("-") ? null : cell;
    }

    private static List<String[]> rows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SeedEntityTableTest.class.getResourceAsStream("seed-entities.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }
}
