package org.hearsay.lang.en.coreference;

import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.entities.Candidate;

/** "he", "him", "she" and object "her": the pronouns that can stand for one person. */
final class EnglishPronouns {
    private final Words words;

    EnglishPronouns(Words words) {
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

    /** The pronoun at token i as a candidate, or null. Possessive "his"/"her" are left alone. */
    Candidate pronoun(int i) {
        if (!words.pos(i).equals("PRP")) {
            return null;
        }
        String gender = switch (words.lower(i)) {
            case "he", "him" -> "Masc";
            case "she", "her" -> "Fem";
            default -> null;
        };
        if (gender == null) {
            return null;
        }
        boolean nominative = "Nom".equals(words.token(i).feature("Case"));
        return words.candidate(Candidate.Kind.PRONOUN, i, i + 1, null, null, gender, false, nominative, false);
    }
}
