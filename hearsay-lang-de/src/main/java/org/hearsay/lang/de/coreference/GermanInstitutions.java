package org.hearsay.lang.de.coreference;

import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.entities.Candidate;

/**
 * Organisations that the entity mentions miss because they are written as common nouns: an
 * institution compound ("dem Verteidigungsministerium" → "Verteidigungsministerium"), an
 * institution after a person's genitive ("Putins Verwaltung"), and a hyphenated name with an
 * organisation noun ("des Valdai-Clubs" → "Valdai-Club", "der Wagner-Gruppe"). After an
 * indefinite article it is a kind, not a name ("eine Minderheitenregierung").
 */
final class GermanInstitutions {
    private final Words words;
    private final CoreferenceLexicon lexicon;
    private final boolean[] inMention;

    GermanInstitutions(Words words, CoreferenceLexicon lexicon, boolean[] inMention) {
        this.words = words;
        this.lexicon = lexicon;
        this.inMention = inMention;
    }

    List<Candidate> find() {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!words.pos(i).equals("NN") || inMention[i]) {
                continue;
            }
            String lemma = words.lemma(i);
            int first = possessor(i) ? i - 1 : i;
            if (first < i || !indefinite(i) && (institutionCompound(lemma) || hyphenatedName(lemma))) {
                String base = first < i ? words.token(first).form() + " " + lemma : lemma;
                found.add(words.candidate(Candidate.Kind.NAME, first, i + 1, "ORG", base, null, false,
                        words.subject(first, i + 1), false, false));
            }
        }
        return found;
    }

    /** Whether the noun at i follows an indefinite article, past its adjectives ("eine neue Minderheitenregierung"). */
    private boolean indefinite(int i) {
        int j = i - 1;
        while (words.sameSentence(j, i) && (words.pos(j).equals("ADJA") || words.pos(j).equals("ADV"))) {
            j--;
        }
        return words.sameSentence(j, i) && "Ind".equals(words.token(j).feature("Definite"));
    }

    /** "Putins Verwaltung": a person's genitive name right before a bare institution noun. */
    private boolean possessor(int i) {
        int before = i - 1;
        return words.sameSentence(before, i) && inMention[before] && words.pos(before).equals("NE")
                && "Gen".equals(words.single(before, "Case")) && lexicon.institution(words.lemma(i));
    }

    private boolean institutionCompound(String lemma) {
        return lexicon.institution(lemma) && !lexicon.institutionNoun(lemma);
    }

    private boolean hyphenatedName(String lemma) {
        int hyphen = lemma.lastIndexOf('-');
        return hyphen > 0 && Character.isUpperCase(lemma.charAt(0)) && lexicon.organisationNoun(lemma.substring(hyphen + 1));
    }
}
