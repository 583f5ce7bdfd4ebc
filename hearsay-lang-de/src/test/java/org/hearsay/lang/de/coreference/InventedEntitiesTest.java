package org.hearsay.lang.de.coreference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import org.hearsay.core.json.AnalysisJson;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * German entities on invented news texts: inflection, titles and epithets, appositions, pronouns,
 * metonymy, abbreviations, institutions, and a surname two people share.
 */
class InventedEntitiesTest {
    private static final String VISIT = String.join("\n",
            "Peking weist Forderungen aus Berlin zurück",
            "Außenministerin Annalena Baerbock reiste am Montag nach Peking. Die Ministerin traf dort den chinesischen "
                    + "Außenminister Wang Yi. Baerbocks Forderungen wies Peking zurück. Sie sagte danach, das Gespräch sei "
                    + "offen gewesen.",
            "Die Europäische Zentralbank (EZB) warnte vor den Folgen eines Handelsstreits. Der EZB zufolge könnten die Preise "
                    + "steigen. Ein Sprecher der Europäischen Zentralbank wollte das nicht kommentieren.",
            "Baerbock flog am Dienstag weiter nach Brüssel. Im Ausschuss des Bundestags sitzen Thomas Müller und Gerd Müller. "
                    + "Müller stimmte dagegen.");

    private static final String COUNCIL = String.join("\n",
            "Bürgermeister lobt Landrätin",
            "Bürgermeister Jonas Keller traf am Freitag Landrätin Petra Vogt. Der Bürgermeister lobte die Landrätin. Sie habe "
                    + "viel für die Region getan, sagte Keller. Später rief Vogt den Bürgermeister an, als dieser schon im Zug saß.",
            "Der Haushalt war das wichtigste Thema. Er soll im Mai beschlossen werden.");

    private static final String APPOSITIONS = String.join("\n",
            "Zölle im Streit",
            "Donald Trump, der neu gewählte Präsident, will die Zölle erhöhen. Der Vorsitzende des Handelsverbandes, Kurt "
                    + "Brenner, warnte vor den Folgen. Der Sprecher des Ministeriums wollte das nicht kommentieren.");

    private static final String COURT = String.join("\n",
            "Urteil aus Den Haag",
            "Der Internationale Gerichtshof hat am Montag entschieden. Das Urteil des Internationalen Gerichtshofs gilt als "
                    + "endgültig. Das Verkehrsministerium prüft die Folgen. Das Ministerium will sich erst im Mai äußern.");

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        analysis = EntityFixture.analyse(VISIT);
    }

    @Test
    void titlesGenitivesAndShortNamesJoinTheFullName() {
        Entity baerbock = EntityFixture.entity(analysis, "Annalena Baerbock");
        assertEquals(List.of("Außenministerin", "Annalena Baerbock", "Die Ministerin", "Baerbocks", "Sie", "Baerbock"),
                EntityFixture.texts(baerbock));
        assertEquals(List.of(Entity.Form.DESCRIPTION, Entity.Form.NAME, Entity.Form.DESCRIPTION, Entity.Form.SHORT_NAME,
                Entity.Form.PRONOUN, Entity.Form.SHORT_NAME), baerbock.references().stream().map(Entity.Reference::form).toList());
        assertEquals(List.of("Bundestags"), EntityFixture.texts(EntityFixture.entity(analysis, "Bundestag")));
    }

    @Test
    void anEpithetInAppositionNamesThePersonAfterIt() {
        assertEquals(List.of("den chinesischen Außenminister", "Wang Yi"),
                EntityFixture.texts(EntityFixture.entity(analysis, "Wang Yi")));
    }

    @Test
    void inflectedLongFormAndAbbreviationAreOneEntity() {
        Entity ecb = EntityFixture.entity(analysis, "Europäische Zentralbank");
        assertEquals("EZB", ecb.abbreviation());
        assertEquals(List.of("Europäische Zentralbank", "EZB", "EZB", "Europäischen Zentralbank"), EntityFixture.texts(ecb));
        assertEquals(Entity.Form.ABBREVIATION, ecb.references().get(2).form());
    }

    @Test
    void placesStandForTheirGovernmentOnlyWhereTheyAct() {
        assertEquals("government of China", EntityFixture.entity(analysis, "Peking").standsFor(), "wies Peking zurück");
        assertEquals("government of Germany", EntityFixture.entity(analysis, "Berlin").standsFor(), "Forderungen aus Berlin");
        assertNull(EntityFixture.entity(analysis, "Brüssel").standsFor(), "flog nach Brüssel: a destination");
    }

    @Test
    void aSurnameTwoPeopleShareIsNotGuessed() {
        assertEquals(List.of("Thomas Müller"), EntityFixture.texts(EntityFixture.entity(analysis, "Thomas Müller")));
        assertEquals(List.of("Gerd Müller"), EntityFixture.texts(EntityFixture.entity(analysis, "Gerd Müller")));
        assertEquals(List.of("Müller"), EntityFixture.texts(EntityFixture.entity(analysis, "Müller")));
    }

    @Test
    void epithetsAndPronounsAgreeInGender() {
        Analysis council = EntityFixture.analyse(COUNCIL);
        assertEquals(List.of("Bürgermeister", "Jonas Keller", "Der Bürgermeister", "Keller", "den Bürgermeister", "dieser"),
                EntityFixture.texts(EntityFixture.entity(council, "Jonas Keller")), EntityFixture.table(council));
        assertEquals(List.of("Landrätin", "Petra Vogt", "die Landrätin", "Sie", "Vogt"),
                EntityFixture.texts(EntityFixture.entity(council, "Petra Vogt")), EntityFixture.table(council));
        assertNull(EntityFixture.referredToBy(council, "Er"), "Er soll beschlossen werden: der Haushalt");
    }

    @Test
    void descriptionsBetweenCommasBelongToTheNameBesideThem() {
        Analysis appositions = EntityFixture.analyse(APPOSITIONS);
        assertEquals(List.of("Donald Trump", "der neu gewählte Präsident"),
                EntityFixture.texts(EntityFixture.entity(appositions, "Donald Trump")), EntityFixture.table(appositions));
        assertEquals(List.of("Der Vorsitzende des Handelsverbandes", "Kurt Brenner"),
                EntityFixture.texts(EntityFixture.entity(appositions, "Kurt Brenner")), EntityFixture.table(appositions));
        assertNull(EntityFixture.referredToBy(appositions, "Der Sprecher des Ministeriums"), "someone else's spokesman");
    }

    @Test
    void adjectivesInNamesTakeTheEndingOfTheirNounAndInstitutionsAreNames() {
        Analysis court = EntityFixture.analyse(COURT);
        assertEquals(List.of("Internationale Gerichtshof", "Internationalen Gerichtshofs"),
                EntityFixture.texts(EntityFixture.entity(court, "Internationaler Gerichtshof")), EntityFixture.table(court));
        Entity ministry = EntityFixture.entity(court, "Verkehrsministerium");
        assertEquals("ORG", ministry.type());
        assertEquals(List.of("Verkehrsministerium", "Das Ministerium"), EntityFixture.texts(ministry));
        assertEquals(Entity.Form.DESCRIPTION, ministry.references().get(1).form());
    }

    @Test
    void entitiesSurviveAJsonRoundTrip() throws IOException {
        Analysis back = AnalysisJson.read(AnalysisJson.write(analysis));
        assertEquals(analysis.get(Layers.ENTITIES), back.get(Layers.ENTITIES));
        assertEquals(analysis, back);
    }
}
