package org.hearsay.lang.en.dependencies;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;
import org.junit.jupiter.api.Test;

class CueWordsTest {

    /** Tokens written as "form/TAG/lemma". */
    private static List<Token> sentence(String... tokens) {
        List<Token> list = new ArrayList<>();
        for (String t : tokens) {
            String[] parts = t.split("/");
            int i = list.size();
            list.add(new Token(i, new Span(i, i + 1), 0, parts[0], parts[1], parts[2], Map.of()));
        }
        return list;
    }

    @Test
    void reportingVerbsMatchByLemma() {
        assertTrue(CueWords.mayReportSpeech(sentence("Officials/NNS/official", "said/VBD/say", "no/DT/no", "./././")));
        assertTrue(CueWords.mayReportSpeech(sentence("She/PRP/she", "Told/VBD/tell", "them/PRP/they")));
    }

    @Test
    void multiWordCuesMatchConsecutiveTokensByForm() {
        // The lemmatiser turns "according" into "accord"; the cue still matches the form.
        assertTrue(CueWords.mayReportSpeech(sentence("According/VBG/accord", "to/TO/to", "police/NNS/police")));
        assertFalse(CueWords.mayReportSpeech(sentence("According/VBG/accord", "police/NNS/police")));
        assertTrue(CueWords.mayReportSpeech(sentence("he/PRP/he", "pointed/VBD/point", "out/RP/out")));
    }

    @Test
    void quotationMarksMakeACue() {
        assertTrue(CueWords.mayReportSpeech(sentence("“/``/“", "Enough/RB/enough", "”/''/”")));
        assertTrue(CueWords.mayReportSpeech(sentence("\"/``/\"", "Enough/RB/enough")));
    }

    @Test
    void possessiveApostropheIsNoQuote() {
        assertFalse(CueWords.mayReportSpeech(sentence("The/DT/the", "players/NNS/player", "’/POS/’", "union/NN/union")));
    }

    @Test
    void plainSentencesHaveNoCue() {
        assertFalse(CueWords.mayReportSpeech(sentence("The/DT/the", "weather/NN/weather", "was/VBD/be", "mild/JJ/mild")));
    }
}
