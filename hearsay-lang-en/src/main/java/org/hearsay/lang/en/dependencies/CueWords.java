package org.hearsay.lang.en.dependencies;

import java.util.List;
import java.util.Set;
import org.hearsay.core.lexicon.CueLexicon;
import org.hearsay.core.model.Token;

/**
 * Tells whether a sentence may report speech: it holds a quotation mark or a cue from the
 * word list {@code cue-words.txt} (say, tell, claim, according to…).
 */
final class CueWords {
    private static final CueLexicon CUES = CueLexicon.load(CueWords.class, "/org/hearsay/lang/en/cue-words.txt");

    /** Quotation marks as tokens; a lone apostrophe tagged POS is a possessive, not a quote. */
    private static final Set<String> QUOTE_MARKS = Set.of(
            "\"", "“", "”", "„", "‟", "‘", "’", "‚", "‛", "«", "»", "‹", "›", "'", "`", "``", "''");

    private CueWords() {
    }

    /** A hash of the cue list, so that editing it changes the pipeline's configuration hash. */
    static String fingerprint() {
        return CUES.fingerprint();
    }

    static boolean mayReportSpeech(List<Token> sentence) {
        return sentence.stream().anyMatch(CueWords::isQuoteMark) || CUES.occursIn(sentence);
    }

    private static boolean isQuoteMark(Token token) {
        return QUOTE_MARKS.contains(token.form()) && !token.pos().equals("POS");
    }
}
