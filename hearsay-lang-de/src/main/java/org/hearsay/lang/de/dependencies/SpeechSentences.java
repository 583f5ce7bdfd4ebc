package org.hearsay.lang.de.dependencies;

import java.util.List;
import org.hearsay.core.lexicon.CueLexicon;
import org.hearsay.core.model.Token;

/**
 * Picks the sentences the attribution stages will look at, so only they are parsed: those with
 * a quotation mark, a cue word ({@code cue-words.txt}: sagen, laut, zufolge…) or a verb in the
 * subjunctive, the grammatical mark of German reported speech ("eine Gegenoffensive sei notwendig").
 */
final class SpeechSentences {
    private static final CueLexicon CUES = CueLexicon.load(SpeechSentences.class, "/org/hearsay/lang/de/cue-words.txt");
    private static final String QUOTE_MARKS = "\"„“”‚‘’»«›‹";

    private SpeechSentences() {
    }

    static String fingerprint() {
        return CUES.fingerprint();
    }

    static boolean mayReportSpeech(List<Token> sentence) {
        for (Token token : sentence) {
            if (isQuoteMark(token) || "Sub".equals(token.feature("Mood"))) {
                return true;
            }
        }
        return CUES.occursIn(sentence);
    }

    private static boolean isQuoteMark(Token token) {
        return token.form().length() == 1 && QUOTE_MARKS.indexOf(token.form().charAt(0)) >= 0;
    }
}
