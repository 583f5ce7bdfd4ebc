package org.hearsay.lang.en.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrfNameTaggerTest {

    private static List<String> types(String... types) {
        return Arrays.asList(types);
    }

    @Test
    void miscFillsOnlyWherePrimaryModelFoundNothing() {
        assertEquals(types("MISC", null, "LOC"),
                CrfNameTagger.withMisc(types(null, null, "LOC"), types("MISC", null, "MISC")));
    }

    @Test
    void miscRunTouchingAPrimaryEntityIsDroppedWhole() {
        assertEquals(types(null, "ORG", "ORG", null),
                CrfNameTagger.withMisc(types(null, "ORG", "ORG", null), types("MISC", "MISC", null, null)));
    }

    @Test
    void otherTypesOfTheSecondModelAreIgnored() {
        assertEquals(types("PER", null, null),
                CrfNameTagger.withMisc(types("PER", null, null), types("PER", "ORG", "LOC")));
    }

    @Test
    void tagsEveryWordOfASentence() {
        List<String> words = List.of("German", "fans", "cheered", "Angela", "Merkel", "in", "Paris", ".");
        assertEquals(types("MISC", null, null, "PER", "PER", null, "LOC", null), CrfNameTagger.tag(words));
    }
}
