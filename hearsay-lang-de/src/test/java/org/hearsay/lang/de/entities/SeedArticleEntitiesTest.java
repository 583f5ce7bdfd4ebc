package org.hearsay.lang.de.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.EntityMention;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article that motivated Hearsay (kept outside the repository; skipped when absent). */
class SeedArticleEntitiesTest {
    private static String text;
    private static List<EntityMention> mentions;

    @BeforeAll
    static void analyse() throws IOException {
        Optional<Path> seed = SharedData.find(SharedData.SEED_ARTICLE);
        if (seed.isEmpty()) {
            System.out.println("SeedArticleEntitiesTest skipped: " + SharedData.SEED_ARTICLE + " not found");
        }
        Assumptions.assumeTrue(seed.isPresent(), "seed article not available");
        text = Files.readString(seed.get());
        Analysis analysis = PreTokenized.ofText(text);
        mentions = Mentions.of(analysis);
    }

    @Test
    void putinAndTrumpAreSeparatePersonsWherePutinCongratulatesTrump() {
        int sentence = text.indexOf("gratulierte Wladimir Putin Donald Trump");
        assertTrue(sentence >= 0);
        assertTrue(has("PER", "Wladimir Putin", sentence), mentions::toString);
        assertTrue(has("PER", "Donald Trump", sentence), mentions::toString);
    }

    @Test
    void werstkaIsAnOrganisationEveryTime() {
        List<EntityMention> werstka = mentions.stream().filter(m -> m.text().equals("Werstka")).toList();
        assertEquals(occurrences("Werstka"), werstka.size(), mentions::toString);
        assertTrue(werstka.stream().allMatch(m -> m.type().equals("ORG")), werstka::toString);
    }

    @Test
    void everyKremlIsFoundWithOneType() {
        List<EntityMention> kreml = mentions.stream().filter(m -> m.text().equals("Kreml")).toList();
        assertEquals(occurrences("Kreml"), kreml.size(), mentions::toString);
        Set<String> types = kreml.stream().map(EntityMention::type).collect(Collectors.toSet());
        assertEquals(1, types.size(), kreml::toString);
    }

    @Test
    void adjectivesAreNoMentions() {
        assertTrue(mentions.stream().noneMatch(m -> Character.isLowerCase(m.text().charAt(0))), mentions::toString);
    }

    private static boolean has(String type, String name, int from) {
        return mentions.stream().anyMatch(m -> m.type().equals(type) && m.text().equals(name)
                && m.span().start() >= from && m.span().start() < from + 60);
    }

    /** Whole-word occurrences: "kremlnaher" is an adjective, not the name. */
    private static int occurrences(String word) {
        Matcher matcher = Pattern.compile("\\b" + word + "\\b").matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
