package org.hearsay.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;
import org.junit.jupiter.api.Test;

class CueLexiconTest {
    static final CueLexicon CUES = CueLexicon.load(CueLexiconTest.class, "test-cues.txt");

    static List<Token> sentence(String... formSlashLemma) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String item : formSlashLemma) {
            String[] parts = item.split("/");
            String lemma = parts.length > 1 ? parts[1] : null;
            tokens.add(new Token(tokens.size(), new Span(offset, offset + parts[0].length()), 0, parts[0], "X", lemma, Map.of()));
            offset += parts[0].length() + 1;
        }
        return tokens;
    }

    @Test
    void matchesByLemmaOrFormIgnoringCase() {
        assertTrue(CUES.occursIn(sentence("Er", "sagte/sagen", "nichts")));
        assertTrue(CUES.occursIn(sentence("Sagen/sagen", "Sie", "das")));
        assertFalse(CUES.occursIn(sentence("Er", "sagte", "nichts")), "no lemma, form differs");
    }

    @Test
    void multiWordCuesNeedEveryWordInOrder() {
        List<Token> s = sentence("It", "rained", "according", "to", "police");
        assertTrue(CUES.startsAt(s, 2));
        assertFalse(CUES.startsAt(s, 3));
        assertFalse(CUES.occursIn(sentence("to", "according")));
        assertFalse(CUES.occursIn(sentence("It", "rained", "according")), "a cue cut off by the sentence end");
        assertTrue(CUES.occursIn(sentence("nach", "Angaben", "der", "Polizei")));
    }

    @Test
    void fingerprintDependsOnTheListAndMissingListsFail() {
        assertEquals(CUES.fingerprint(), CueLexicon.load(CueLexiconTest.class, "test-cues.txt").fingerprint());
        assertNotEquals(CUES.fingerprint(), org.hearsay.core.ContentHash.of(""));
        assertThrows(IllegalStateException.class, () -> CueLexicon.load(CueLexiconTest.class, "absent.txt"));
    }
}
