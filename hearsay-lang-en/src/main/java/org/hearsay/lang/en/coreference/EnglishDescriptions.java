package org.hearsay.lang.en.coreference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hearsay.core.entities.Candidate;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layers;

/**
 * Definite descriptions of a person by role: "the" or "this", modifiers, a singular role noun
 * ("the newly elected president", "the American politician", "the US president"); and a role noun
 * right before a person's name, with the capitalised words before it, as a title ("President
 * Vladimir Putin", "US President Joe Biden"; "Kremlin spokesman" stops at the name "Kremlin"). A
 * role stands in apposition to a name between commas after it ("Trump, the newly elected
 * president,") or after its "of" complement ("the president of France, Emmanuel Macron,");
 * otherwise a role with an "of" complement names someone else and is skipped.
 */
final class EnglishDescriptions {
    private static final Set<String> NOUN_PHRASE = Set.of("JJ", "JJR", "JJS", "RB", "VBN", "NNP", "NN", "HYPH");
    private static final int MAX_WORDS = 5;
    /** How many words an "of" complement may have before the comma of an apposition. */
    private static final int MAX_COMPLEMENT = 6;

    private final Words words;
    private final EnglishCoreferenceLexicon lexicon;
    private final boolean[] inMention;
    private final boolean[] personStarts;
    /** For a token index, the first token of the person's name that ends right before it; else -1. */
    private final int[] personEndingBefore;

    EnglishDescriptions(Words words, EnglishCoreferenceLexicon lexicon) {
        this.words = words;
        this.lexicon = lexicon;
        this.inMention = new boolean[words.size() + 1];
        this.personStarts = new boolean[words.size() + 1];
        this.personEndingBefore = new int[words.size() + 1];
        Arrays.fill(personEndingBefore, -1);
        for (EntityMention m : words.analysis.get(Layers.ENTITY_MENTIONS)) {
            Arrays.fill(inMention, m.firstToken(), m.endToken(), true);
            if ("PER".equals(m.type())) {
                personStarts[m.firstToken()] = true;
                personEndingBefore[m.endToken()] = m.firstToken();
            }
        }
    }

    List<Candidate> find() {
        List<Candidate> found = new ArrayList<>();
        boolean[] described = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String determiner = words.lower(i);
            if (!determiner.equals("the") && !determiner.equals("this")) {
                continue;
            }
            int end = i + 1;
            while (end - i <= MAX_WORDS && words.sameSentence(i, end) && NOUN_PHRASE.contains(words.pos(end))) {
                end++;
            }
            int head = end - 1;
            if (head > i && words.pos(head).equals("NN") && lexicon.roleNoun(words.lower(head))) {
                Candidate role = roleDescription(i, head);
                if (role != null) {
                    found.add(role);
                    described[head] = true;
                }
            }
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!described[i] && !inMention[i] && personStarts[i + 1] && words.sameSentence(i, i + 1)
                    && words.pos(i).startsWith("NN") && lexicon.roleNoun(words.lower(i))) {
                int first = i;
                while (first > 0 && words.sameSentence(first - 1, i) && !inMention[first - 1] && words.capitalised(first - 1)
                        && (words.pos(first - 1).startsWith("NNP") || words.pos(first - 1).equals("JJ"))) {
                    first--;
                }
                found.add(role(first, i + 1).inApposition(i + 1));
            }
        }
        found.sort(Comparator.comparing(Candidate::span));
        return found;
    }

    /**
     * A role description from the determiner at first to the role noun at head, with its
     * apposition; null when it names someone else.
     */
    private Candidate roleDescription(int first, int head) {
        int next = head + 1;
        if (words.lower(next).equals("of")) {
            int comma = next;
            while (comma < words.size() && comma - next < MAX_COMPLEMENT && words.sameSentence(head, comma)
                    && !words.pos(comma).equals(",")) {
                comma++;
            }
            boolean appositive = comma + 1 < words.size() && words.pos(comma).equals(",") && words.sameSentence(comma, comma + 1)
                    && personStarts[comma + 1];
            return appositive ? role(first, comma).inApposition(comma + 1) : null;
        }
        Candidate role = role(first, next);
        int person = first >= 1 && words.pos(first - 1).equals(",") ? personEndingBefore[first - 1] : -1;
        return person >= 0 && words.sameSentence(person, first) ? role.inApposition(person) : role;
    }

    /** The description [first, end) of a person by the role noun that ends it, with the role as base. */
    private Candidate role(int first, int end) {
        int head = end - 1;
        while (head > first && !words.pos(head).startsWith("NN")) {
            head--;
        }
        boolean subject = words.sameSentence(end - 1, end) && words.finiteVerb(end);
        return words.candidate(Candidate.Kind.DESCRIPTION, first, end, null, words.lower(head), null, false, subject, false);
    }
}
