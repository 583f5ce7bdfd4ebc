package org.hearsay.lang.en.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hearsay.lang.en.entities.NameRuns.Run;
import org.junit.jupiter.api.Test;

class NameRunsTest {

    /** Runs over a sentence where the words in [from, to) are labelled with one type. */
    private static List<Run> runs(String sentence, int from, int to, String type) {
        List<String> words = Arrays.asList(sentence.split(" "));
        List<String> types = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            types.add(i >= from && i < to ? type : null);
        }
        return NameRuns.of(words, types);
    }

    @Test
    void twoFullNamesBackToBackAreTwoMentions() {
        assertEquals(List.of(new Run(1, 3, "PER"), new Run(3, 5, "PER")),
                runs("congratulated Joe Biden Kamala Harris today", 1, 5, "PER"));
    }

    @Test
    void cutsEvenWhenTheFirstSurnameIsAlsoAGivenName() {
        assertEquals(List.of(new Run(0, 2, "PER"), new Run(2, 4, "PER")),
                runs("Boris Johnson Emmanuel Macron", 0, 4, "PER"));
    }

    @Test
    void threeFullNamesAreThreeMentions() {
        assertEquals(List.of(new Run(0, 2, "PER"), new Run(2, 4, "PER"), new Run(4, 6, "PER")),
                runs("Angela Merkel Joe Biden Kamala Harris", 0, 6, "PER"));
    }

    @Test
    void middleNamesAndSuffixesStayInOneName() {
        assertEquals(List.of(new Run(0, 3, "PER")), runs("John Paul Jones", 0, 3, "PER"));
        assertEquals(List.of(new Run(0, 3, "PER")), runs("Hillary Rodham Clinton", 0, 3, "PER"));
        assertEquals(List.of(new Run(0, 4, "PER")), runs("Martin Luther King Jr.", 0, 4, "PER"));
    }

    @Test
    void otherTypesAreNotCut() {
        assertEquals(List.of(new Run(0, 4, "ORG")), runs("Bank Paul Jones Group", 0, 4, "ORG"));
    }

    @Test
    void differentTypesSideBySideAreSeparateRuns() {
        List<String> words = List.of("Reuters", "London", "said", "Smith");
        List<String> types = Arrays.asList("ORG", "LOC", null, "PER");
        assertEquals(List.of(new Run(0, 1, "ORG"), new Run(1, 2, "LOC"), new Run(3, 4, "PER")),
                NameRuns.of(words, types));
    }
}
