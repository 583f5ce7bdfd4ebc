package org.hearsay.lang.de.coreference;

import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.entities.Candidate;

/**
 * Every place the article repeats an abbreviation's long form in any inflection ("die
 * ukrainischen Streitkräfte", "den ukrainischen Streitkräften"): the same lemmas in a row. These
 * are names of the abbreviation's entity although no entity mention covers them.
 */
final class LongFormRepeats {
    private final Words words;
    private final GermanNames names;

    LongFormRepeats(Words words, GermanNames names) {
        this.words = words;
        this.names = names;
    }

    List<Candidate> find(Candidate longForm) {
        int length = longForm.endToken() - longForm.firstToken();
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i + length <= words.size(); i++) {
            if (sameLemmas(i, longForm.firstToken(), length) && words.sameSentence(i, i + length - 1)) {
                found.add(names.name(i, i + length, longForm.type()));
            }
        }
        return found;
    }

    private boolean sameLemmas(int at, int of, int length) {
        for (int k = 0; k < length; k++) {
            if (!words.lemma(at + k).equalsIgnoreCase(words.lemma(of + k))) {
                return false;
            }
        }
        return true;
    }
}
