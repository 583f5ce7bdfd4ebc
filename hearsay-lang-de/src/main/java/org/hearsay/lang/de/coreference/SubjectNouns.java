package org.hearsay.lang.de.coreference;

import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.entities.Candidate;

/**
 * Singular nouns in the nominative that are not role nouns ("der Krieg", "die Regierung"): a
 * following "er" or "sie" may mean them, so they stand between a pronoun and an earlier person.
 */
final class SubjectNouns {
    private final Words words;
    private final CoreferenceLexicon lexicon;

    SubjectNouns(Words words, CoreferenceLexicon lexicon) {
        this.words = words;
        this.lexicon = lexicon;
    }

    List<Candidate> find() {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String gender = words.single(i, "Gender");
            if (words.pos(i).equals("NN") && gender != null && "Nom".equals(words.single(i, "Case"))
                    && "Sing".equals(words.single(i, "Number")) && !lexicon.roleNoun(words.lemma(i))) {
                found.add(words.candidate(Candidate.Kind.NOUN, i, i + 1, null, null, gender, false, true, false, false));
            }
        }
        return found;
    }
}
