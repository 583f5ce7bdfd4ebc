package org.hearsay.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearsay.core.ContentHash;
import org.hearsay.core.json.AnalysisJson;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Provenance;
import org.hearsay.core.model.Source;
import org.junit.jupiter.api.Test;

/** The language-neutral resolution on phrases a test lists: grouping, sources, antecedents, ids. */
class EntityResolverTest {

    @Test
    void inflectedAndShortNamesJoinTheOneLongestName() {
        String text = "Putin kam. Wladimir Putin sprach. Putins Plan.";
        ListedLanguage language = new ListedLanguage(text).name("Putin", 0, "PER", "Putin")
                .name("Wladimir Putin", 0, "PER", "Wladimir Putin").name("Putins", 0, "PER", "Putin");
        List<Entity> entities = EntityResolver.resolve(analysis(text), language);
        assertEquals(1, entities.size());
        Entity putin = entities.get(0);
        assertEquals("e1", putin.id());
        assertEquals("Wladimir Putin", putin.canonical());
        assertEquals(List.of("Putin", "Wladimir Putin", "Putins"), texts(putin));
        assertEquals(List.of(Entity.Form.SHORT_NAME, Entity.Form.NAME, Entity.Form.SHORT_NAME), forms(putin));
    }

    @Test
    void aSurnameTwoNamesShareStaysOnItsOwn() {
        String text = "Thomas Müller und Gerd Müller stritten. Müller ging.";
        ListedLanguage language = new ListedLanguage(text).name("Thomas Müller", 0, "PER", "Thomas Müller")
                .name("Gerd Müller", 0, "PER", "Gerd Müller").name("Müller", 2, "PER", "Müller");
        List<Entity> entities = EntityResolver.resolve(analysis(text), language);
        assertEquals(List.of("Thomas Müller", "Gerd Müller", "Müller"), entities.stream().map(Entity::canonical).toList());
    }

    @Test
    void aliasesAndAbbreviationsNameOneEntity() {
        String text = "Russland und die Russische Föderation. Die ukrainischen Streitkräfte (SZU) zogen ab. Die SZU blieb.";
        ListedLanguage language = new ListedLanguage(text, Map.of("Russische Föderation", "Russland"), Map.of(), Set.of())
                .name("Russland", 0, "LOC", "Russland").name("Russische Föderation", 0, "LOC", "Russische Föderation")
                .name("SZU", 1, "ORG", "SZU");
        language.abbreviation("SZU", language.at("ukrainischen Streitkräfte", 0, Candidate.Kind.NAME, "ORG",
                "ukrainische Streitkräfte", null, false, false));
        List<Entity> entities = EntityResolver.resolve(analysis(text), language);
        assertEquals(2, entities.size());
        assertEquals("Russland", entities.get(0).canonical());
        assertEquals(List.of(Entity.Form.NAME, Entity.Form.NAME), forms(entities.get(0)));
        Entity forces = entities.get(1);
        assertEquals("ukrainische Streitkräfte", forces.canonical());
        assertEquals("SZU", forces.abbreviation());
        assertEquals(List.of("ukrainischen Streitkräfte", "SZU"), texts(forces));
        assertEquals(List.of(Entity.Form.NAME, Entity.Form.ABBREVIATION), forms(forces));
    }

    @Test
    void aNamedSourceBringsItsPronounsAndAnAnonymousOneTakesItsOwn() {
        String text = "Anna Berg sprach. Sie sagte, es gehe. Eine Quelle widersprach. Sie sagte, es gehe nicht.";
        ListedLanguage language = new ListedLanguage(text).name("Anna Berg", 0, "PER", "Anna Berg");
        Candidate herPronoun = language.at("Sie", 0, Candidate.Kind.PRONOUN, null, null, "Fem", true, false);
        Candidate source = language.at("Eine Quelle", 0, Candidate.Kind.DESCRIPTION, null, null, "Fem", true, false);
        language.sourcePhrase(herPronoun).sourcePhrase(source)
                .add(language.at("Sie", 1, Candidate.Kind.PRONOUN, null, null, "Fem", true, false));
        Source anna = new Source("s1", Source.Kind.NAMED_PERSON, "Anna Berg",
                List.of(language.at("Anna Berg", 0, Candidate.Kind.NAME, "PER", null, null, false, false).span(),
                        herPronoun.span()), null, null, null, false);
        Source anonymous = new Source("s2", Source.Kind.ANONYMOUS, "Eine Quelle", List.of(source.span()),
                "UNSPECIFIED", null, null, false);
        Analysis analysis = analysis(text).with(Layers.SOURCES, List.of(anna, anonymous));
        List<Entity> entities = EntityResolver.resolve(analysis, language);
        assertEquals(1, entities.size());
        assertEquals("s1", entities.get(0).source());
        assertEquals(List.of("Anna Berg", "Sie"), texts(entities.get(0)), "the second Sie is the anonymous source's");
    }

    @Test
    void officeDescriptionsNeedTheOfficeAndGenericOnesTheLatestPerson() {
        String text = "Präsident Karl Hahn traf Eva Roth. Der Präsident lobte die Politikerin.";
        ListedLanguage language = new ListedLanguage(text, Map.of(), Map.of(), Set.of("Politikerin"))
                .name("Karl Hahn", 0, "PER", "Karl Hahn").name("Eva Roth", 0, "PER", "Eva Roth");
        Candidate hahn = language.at("Karl Hahn", 0, Candidate.Kind.NAME, "PER", "Karl Hahn", null, false, false);
        language.add(language.at("Präsident", 0, Candidate.Kind.DESCRIPTION, null, "Präsident", "Masc", true, false)
                        .inApposition(hahn.firstToken()))
                .add(language.at("Der Präsident", 0, Candidate.Kind.DESCRIPTION, null, "Präsident", "Masc", true, false))
                .add(language.at("die Politikerin", 0, Candidate.Kind.DESCRIPTION, null, "Politikerin", "Fem", false, false));
        List<Entity> entities = EntityResolver.resolve(analysis(text), language);
        assertEquals(List.of("Präsident", "Karl Hahn", "Der Präsident"), texts(entities.get(0)));
        assertEquals(List.of("Eva Roth", "die Politikerin"), texts(entities.get(1)));
    }

    @Test
    void aPlaceStandsForItsLeadershipOnlyWhereItActs() {
        String text = "Der Kreml schweigt. Im Kreml brennt Licht. Berlin ist groß.";
        ListedLanguage language = new ListedLanguage(text, Map.of(),
                Map.of("Kreml", "Russian leadership", "Berlin", "government of Germany"), Set.of());
        language.add(language.at("Kreml", 0, Candidate.Kind.NAME, "LOC", "Kreml", null, true, true))
                .add(language.at("Kreml", 1, Candidate.Kind.NAME, "LOC", "Kreml", null, false, false))
                .add(language.at("Berlin", 0, Candidate.Kind.NAME, "LOC", "Berlin", null, false, false));
        List<Entity> entities = EntityResolver.resolve(analysis(text), language);
        assertEquals("Russian leadership", entities.get(0).standsFor());
        assertNull(entities.get(1).standsFor());
    }

    @Test
    void theLayerSurvivesJson() throws IOException {
        String text = "Putin kam. Wladimir Putin sprach.";
        ListedLanguage language = new ListedLanguage(text).name("Putin", 0, "PER", "Putin")
                .name("Wladimir Putin", 0, "PER", "Wladimir Putin");
        Analysis analysis = analysis(text).with(Layers.SOURCES, List.of());
        analysis = analysis.with(Layers.ENTITIES, EntityResolver.resolve(analysis, language));
        assertEquals(analysis, AnalysisJson.read(AnalysisJson.write(analysis)));
    }

    private static Analysis analysis(String text) {
        Article article = new Article(ContentHash.of(text), "mem", "text", null, null, null, null, null, "de", text, List.of());
        return Analysis.of(article, new Provenance("test", "0", List.of()));
    }

    private static List<String> texts(Entity e) {
        return e.references().stream().map(Entity.Reference::text).toList();
    }

    private static List<Entity.Form> forms(Entity e) {
        return e.references().stream().map(Entity.Reference::form).toList();
    }
}
