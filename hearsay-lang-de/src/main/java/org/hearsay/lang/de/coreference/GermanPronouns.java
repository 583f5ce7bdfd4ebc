package org.hearsay.lang.de.coreference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearsay.core.entities.Candidate;

/**
 * Third-person singular pronouns that can stand for a person: "er", "ihn", "ihm", "dieser"
 * (masculine), "sie" and "diese" where the verb next to them is singular (feminine). "es",
 * plural "sie" and possessives are left alone: they rarely name a speaker or a subject.
 */
final class GermanPronouns {
    private final Words words;

    GermanPronouns(Words words) {
        this.words = words;
    }

    List<Candidate> find() {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Candidate c = pronoun(i);
            if (c != null) {
                found.add(c);
            }
        }
        return found;
    }

    /** The pronoun at token i as a candidate, or null when it is none of those above. */
    Candidate pronoun(int i) {
        String pos = words.pos(i);
        String form = words.token(i).form().toLowerCase(Locale.ROOT);
        boolean nominative = "Nom".equals(words.single(i, "Case"));
        if (pos.equals("PPER") && words.lemma(i).equals("er") && !form.equals("es")) {
            return words.candidate(Candidate.Kind.PRONOUN, i, i + 1, null, null, "Masc", false, nominative, false, false);
        }
        if (pos.equals("PPER") && form.equals("sie") && singularVerbNextTo(i)) {
            return words.candidate(Candidate.Kind.PRONOUN, i, i + 1, null, null, "Fem", false, true, false, false);
        }
        if (pos.equals("PDS") && form.equals("dieser")) {
            return words.candidate(Candidate.Kind.PRONOUN, i, i + 1, null, null, "Masc", false, true, true, false);
        }
        if (pos.equals("PDS") && form.equals("diese") && singularVerbNextTo(i)) {
            return words.candidate(Candidate.Kind.PRONOUN, i, i + 1, null, null, "Fem", false, true, true, false);
        }
        return null;
    }

    private boolean singularVerbNextTo(int i) {
        for (int j : new int[] {i - 1, i + 1}) {
            if (words.sameSentence(i, j) && words.finiteVerb(j) && "Sing".equals(words.single(j, "Number"))
                    && "3".equals(words.single(j, "Person"))) {
                return true;
            }
        }
        return false;
    }
}
