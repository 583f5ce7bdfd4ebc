package org.hearsay.lang.en.coreference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.hearsay.core.json.AnalysisJson;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.hearsay.lang.en.TestArticles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** English entities on invented news texts: names, epithets, pronouns, abbreviations, metonymy, no merging. */
class EnglishCoreferenceStageTest {
    private static final String[] TALKS = {
            "Kremlin rejects talks until troops leave Belgorod",
            "The Kremlin will not negotiate with Kyiv, a spokesman said on Monday.",
            "President Vladimir Putin spoke with US President Donald Trump on Sunday. The newly elected president promised to end the war "
                    + "quickly, Putin's aides said. Putin praised the American politician and said he would call him after the "
                    + "inauguration.",
            "The Armed Forces of Ukraine (AFU) still hold parts of the region. According to officials, the AFU lost ground "
                    + "near Belgorod. Signals from Washington and Moscow suggest that talks could start soon."};

    private static final String[] SISTERS = {
            "Two Bakers on the council",
            "Tom Baker and Anna Baker both sit on the harbour council of Greenport.",
            "Baker voted against the plan on Tuesday. Anna Baker said she would appeal. Tom Baker, the council chairman, "
                    + "did not comment."};

    private static final String[] TRADE = {
            "Trade talks in Mexico City",
            "Officials from Mexico and Canada met in Mexico City on Monday.",
            "The Peterson Institute for International Economics said the talks would go on. The Peterson Institute expects "
                    + "a deal by June."};

    private static Analysis talks;

    @BeforeAll
    static void analyse() {
        talks = TestArticles.analyse(TALKS);
    }

    @Test
    void titlesShortNamesAndPossessivesJoinTheFullName() {
        Entity putin = entity(talks, "Vladimir Putin");
        assertEquals(List.of("President", "Vladimir Putin", "Putin", "Putin", "he"), texts(putin));
        assertEquals(List.of(Entity.Form.DESCRIPTION, Entity.Form.NAME, Entity.Form.SHORT_NAME, Entity.Form.SHORT_NAME,
                Entity.Form.PRONOUN), putin.references().stream().map(Entity.Reference::form).toList());
        assertEquals("Putin", talks.textOf(putin.references().get(2).span()), "the possessive 's is no part of the name");
    }

    @Test
    void epithetsAndTheObjectPronounFindTheOtherPresident() {
        Entity trump = entity(talks, "Donald Trump");
        assertEquals(List.of("President", "Donald Trump", "The newly elected president", "the American politician", "him"),
                texts(trump));
        assertEquals(Entity.Form.DESCRIPTION, trump.references().get(2).form());
        assertEquals(Entity.Form.PRONOUN, trump.references().get(4).form());
        assertNotEquals(entity(talks, "Vladimir Putin").id(), trump.id());
    }

    @Test
    void abbreviationTakesItsLongFormAsCanonical() {
        Entity afu = entity(talks, "Armed Forces of Ukraine");
        assertEquals("AFU", afu.abbreviation());
        assertEquals(List.of("Armed Forces of Ukraine", "AFU", "AFU"), texts(afu));
        assertEquals(List.of(Entity.Form.NAME, Entity.Form.ABBREVIATION, Entity.Form.ABBREVIATION),
                afu.references().stream().map(Entity.Reference::form).toList());
        assertEquals(List.of("Ukraine"), texts(entity(talks, "Ukraine")), "the country inside the long form stays itself");
    }

    @Test
    void placesActingStandForTheirLeadership() {
        assertEquals("Russian leadership", entity(talks, "Kremlin").standsFor());
        assertEquals("government of the United States", entity(talks, "Washington").standsFor());
        assertEquals("government of Russia", entity(talks, "Moscow").standsFor());
        assertNull(entity(talks, "Belgorod").standsFor(), "troops leave Belgorod: a place, not an actor");
    }

    @Test
    void namedSourceIsItsEntity() {
        String putinSource = talks.get(Layers.SOURCES).stream().filter(s -> s.name().equals("Vladimir Putin")).findFirst()
                .orElseThrow().id();
        assertEquals(putinSource, entity(talks, "Vladimir Putin").source());
        assertTrue(talks.get(Layers.ENTITIES).stream().noneMatch(e -> e.canonical().equals("officials")));
    }

    @Test
    void anAmbiguousSurnameStaysApart() {
        Analysis sisters = TestArticles.analyse(SISTERS);
        assertEquals(List.of("Tom Baker", "Tom Baker", "the council chairman"), texts(entity(sisters, "Tom Baker")),
                "a role between commas is the name's");
        assertEquals(List.of("Anna Baker", "Anna Baker", "she"), texts(entity(sisters, "Anna Baker")));
        assertEquals(List.of("Baker"), texts(entity(sisters, "Baker")));
    }

    @Test
    void placesAreNotShortenedButOrganisationsAreByTheirFirstWords() {
        Analysis trade = TestArticles.analyse(TRADE);
        assertEquals(List.of("Mexico"), texts(entity(trade, "Mexico")), "Mexico is not Mexico City");
        assertEquals(List.of("Mexico City", "Mexico City"), texts(entity(trade, "Mexico City")));
        Entity institute = entity(trade, "Peterson Institute for International Economics");
        assertEquals(List.of(Entity.Form.NAME, Entity.Form.SHORT_NAME),
                institute.references().stream().map(Entity.Reference::form).toList());
    }

    @Test
    void entitiesSurviveAJsonRoundTrip() throws IOException {
        Analysis back = AnalysisJson.read(AnalysisJson.write(talks));
        assertEquals(talks.get(Layers.ENTITIES), back.get(Layers.ENTITIES));
    }

    private static Entity entity(Analysis analysis, String canonical) {
        List<Entity> matching = analysis.get(Layers.ENTITIES).stream().filter(e -> e.canonical().equals(canonical)).toList();
        assertEquals(1, matching.size(), canonical + " in " + analysis.get(Layers.ENTITIES).stream()
                .map(e -> e.canonical() + ": " + texts(e)).collect(Collectors.joining("; ")));
        return matching.get(0);
    }

    private static List<String> texts(Entity e) {
        return e.references().stream().map(Entity.Reference::text).toList();
    }
}
