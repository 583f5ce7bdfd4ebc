package org.hearsay.lang.de.coreference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hearsay.core.entities.Candidate;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layers;

/**
 * Definite descriptions: a definite article or "dieser", modifiers, then a role noun for a person
 * ("Der Diktator", "den neuen US-Präsidenten") or a bare institution or organisation noun ("das
 * Ministerium", "der Kommission"); and a bare role noun as a title right before a person's name
 * ("Außenministerin Annalena Baerbock"). A role stands in apposition to a name right after it ("des
 * neu gewählten Präsidenten Donald Trump"), between commas after it ("Trump, der neu gewählte
 * Präsident,") or after its own complement ("Der Vorsitzende des Handelsverbandes, Kurt Brenner,").
 * Otherwise a noun with a complement names something else ("der Sprecher des Kreml", "die Chefin der
 * Partei", "der Präsident von Frankreich", "die Regierung Frankreichs") and is skipped.
 */
final class GermanDescriptions {
    private static final Set<String> MODIFIERS = Set.of("ADJA", "ADJD", "ADV");
    private static final int MAX_MODIFIERS = 4;
    /** How many words a genitive complement may have before the comma of an apposition. */
    private static final int MAX_COMPLEMENT = 6;

    private final Words words;
    private final CoreferenceLexicon lexicon;
    private final boolean[] inMention;
    /** Tokens where a person's (or, mistyped, an organisation's) name starts. */
    private final boolean[] nameStarts;
    /** For a token index, the first token of the person's name that ends right before it; else -1. */
    private final int[] personEndingBefore;

    GermanDescriptions(Words words, CoreferenceLexicon lexicon, boolean[] inMention) {
        this.words = words;
        this.lexicon = lexicon;
        this.inMention = inMention;
        this.nameStarts = new boolean[words.size() + 1];
        this.personEndingBefore = new int[words.size() + 1];
        Arrays.fill(personEndingBefore, -1);
        for (EntityMention m : words.analysis.get(Layers.ENTITY_MENTIONS)) {
            nameStarts[m.firstToken()] = "PER".equals(m.type()) || "ORG".equals(m.type());
            if ("PER".equals(m.type())) {
                personEndingBefore[m.endToken()] = m.firstToken();
            }
        }
    }

    List<Candidate> find() {
        List<Candidate> found = new ArrayList<>();
        boolean[] described = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            if (!definite(i)) {
                continue;
            }
            int head = i + 1;
            while (head < words.size() && head - i <= MAX_MODIFIERS && MODIFIERS.contains(words.pos(head))) {
                head++;
            }
            if (!words.sameSentence(i, head) || !words.pos(head).equals("NN")) {
                continue;
            }
            String lemma = words.lemma(head);
            boolean institution = lexicon.institutionNoun(lemma) || lexicon.organisationNoun(lemma);
            if (institution && !inMention[head] && !complemented(head + 1)) {
                found.add(words.candidate(Candidate.Kind.DESCRIPTION, i, head + 1, "ORG", lemma,
                        words.agreed(i, head + 1, "Gender"),
                        "Plur".equals(words.agreed(i, head + 1, "Number")), words.subject(i, head + 1), false, false));
            } else if (lexicon.roleNoun(lemma)) {
                Candidate role = roleDescription(i, head);
                if (role != null) {
                    found.add(role);
                    described[head] = true;
                }
            }
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!described[i] && nameStarts[i + 1] && words.pos(i).equals("NN") && words.sameSentence(i, i + 1)
                    && lexicon.roleNoun(words.lemma(i))) {
                found.add(role(i, i, i + 1).inApposition(i + 1));
            }
        }
        found.sort(Comparator.comparing(Candidate::span));
        return found;
    }

    /**
     * A role description from the article at first to the role noun at head, with its apposition
     * if any; null when it names someone else.
     */
    private Candidate roleDescription(int first, int head) {
        int next = head + 1;
        if (next < words.size() && nameStarts[next] && words.sameSentence(head, next)) {
            return role(first, head, next).inApposition(next);
        }
        if (complemented(next)) {
            int comma = next;
            while (comma < words.size() && comma - next < MAX_COMPLEMENT && words.sameSentence(head, comma)
                    && !words.pos(comma).equals("$,")) {
                comma++;
            }
            boolean appositive = comma + 1 < words.size() && words.pos(comma).equals("$,") && words.sameSentence(comma, comma + 1)
                    && nameStarts[comma + 1];
            return appositive ? role(first, head, comma).inApposition(comma + 1) : null;
        }
        Candidate role = role(first, head, next);
        int person = first >= 1 && words.pos(first - 1).equals("$,") ? personEndingBefore[first - 1] : -1;
        return person >= 0 && words.sameSentence(person, first) ? role.inApposition(person) : role;
    }

    /** The description [first, end) of a person by the role noun at head, with the role as base. */
    private Candidate role(int first, int head, int end) {
        String gender = words.agreed(first, head + 1, "Gender");
        return words.candidate(Candidate.Kind.DESCRIPTION, first, end, null, words.lemma(head),
                gender != null ? gender : lexicon.roleGender(words.lemma(head)),
                "Plur".equals(words.agreed(first, head + 1, "Number")), words.subject(first, head + 1), false, false);
    }

    private boolean definite(int i) {
        String pos = words.pos(i);
        return pos.equals("ART") && "Def".equals(words.token(i).feature("Definite"))
                || pos.equals("PDAT") && words.lemma(i).equalsIgnoreCase("dies");
    }

    /** Whether a genitive or "von" complement follows the noun. */
    private boolean complemented(int next) {
        if (next >= words.size() || !words.sameSentence(next - 1, next)) {
            return false;
        }
        String pos = words.pos(next);
        boolean genitive = "Gen".equals(words.single(next, "Case"))
                && (pos.equals("ART") || pos.equals("NE") || pos.equals("PPOSAT") || pos.equals("PDAT"));
        return genitive || words.lemma(next).equals("von");
    }
}
