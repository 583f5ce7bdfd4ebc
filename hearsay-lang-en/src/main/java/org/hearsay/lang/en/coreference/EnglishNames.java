package org.hearsay.lang.en.coreference;

import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.entities.Candidate;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layers;

/**
 * English names as coreference candidates: each entity mention without a leading "the" or a
 * trailing possessive "'s", which is also all English inflects; a person's gender from the given
 * name or from "Mr."/"Mrs."/"Ms." before it.
 */
final class EnglishNames {
    private final Words words;
    private final EnglishCoreferenceLexicon lexicon;

    EnglishNames(Words words, EnglishCoreferenceLexicon lexicon) {
        this.words = words;
        this.lexicon = lexicon;
    }

    List<Candidate> find() {
        List<Candidate> names = new ArrayList<>();
        for (EntityMention m : words.analysis.get(Layers.ENTITY_MENTIONS)) {
            int first = m.firstToken();
            int end = m.endToken();
            if (words.lower(first).equals("the") && end - first > 1) {
                first++;
            }
            if (words.pos(end - 1).equals("POS") && end - first > 1) {
                end--;
            }
            names.add(name(first, end, m.type()));
        }
        return names;
    }

    Candidate name(int first, int end, String type) {
        return words.candidate(Candidate.Kind.NAME, first, end, type, words.text(first, end),
                "PER".equals(type) ? gender(first, end) : null, false, nominative(first, end), actor(first, end));
    }

    private String gender(int first, int end) {
        String honorific = lexicon.honorifics.get(words.lower(first - 1));
        if (honorific != null) {
            return honorific;
        }
        return end - first > 1 ? lexicon.genderOfGivenName(words.token(first).form()) : null;
    }

    /** A subject: the finite verb follows ("Moscow said", "Putin will"), or it inverts after a quote ("…", said Putin). */
    private boolean nominative(int first, int end) {
        if (words.sameSentence(first, end) && words.finiteVerb(end)) {
            return true;
        }
        String beforeVerb = words.pos(first - 2);
        return words.sameSentence(first - 2, first) && words.finiteVerb(first - 1)
                && (beforeVerb.equals(",") || beforeVerb.equals("''") || beforeVerb.equals("``"));
    }

    /**
     * Whether the name acts: as subject, possessor ("Moscow's plans"), party ("talks with Kyiv",
     * "according to Moscow") or sender ("signals from Washington and Moscow").
     */
    private boolean actor(int first, int end) {
        if (nominative(first, end) || words.pos(end).equals("POS")) {
            return true;
        }
        int j = first - 1;
        while (words.sameSentence(j, first) && first - j <= 4 && (words.pos(j).startsWith("NNP") || words.pos(j).equals("CC"))) {
            j--;
        }
        if (!words.sameSentence(j, first)) {
            return false;
        }
        String preposition = words.lower(j);
        return lexicon.actorPrepositions.contains(preposition)
                || preposition.equals("to") && words.lower(j - 1).equals("according")
                || preposition.equals("from") && words.pos(j - 1).startsWith("NN") && lexicon.messageNoun(words.lemma(j - 1));
    }
}
