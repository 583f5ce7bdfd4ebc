package org.hearsay.lang.de.coreference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hearsay.core.entities.Candidate;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layers;

/**
 * German names as coreference candidates: each entity mention, widened by a place noun that forms
 * one name with it ("Gebiet Kursk"), with its base form — nouns by their lemma ("Putins" →
 * "Putin", "des Gebiets" → "Gebiet"), adjectives with the ending they take without an article
 * ("ukrainischen Streitkräfte" → "ukrainische Streitkräfte"), unknown names without a genitive
 * "s" when the bare form occurs too.
 */
final class GermanNames {
    /** How many words of coordinated names ("Washington und") may stand between a name and its preposition. */
    private static final int MAX_COORDINATED = 4;
    private static final Set<String> CASE_ENDINGS = Set.of("s", "es", "n", "en", "ns");
    private static final Set<String> ADJECTIVE_ENDINGS = Set.of("e", "en", "er", "es", "em");

    private final Words words;
    private final CoreferenceLexicon lexicon;
    private final Set<String> nameForms = new HashSet<>();

    GermanNames(Words words, CoreferenceLexicon lexicon) {
        this.words = words;
        this.lexicon = lexicon;
        for (EntityMention m : words.analysis.get(Layers.ENTITY_MENTIONS)) {
            for (int i = m.firstToken(); i < m.endToken(); i++) {
                nameForms.add(words.token(i).form());
            }
        }
    }

    List<Candidate> find() {
        List<Candidate> names = new ArrayList<>();
        for (EntityMention m : words.analysis.get(Layers.ENTITY_MENTIONS)) {
            int first = m.firstToken();
            if ("LOC".equals(m.type()) && first > 0 && words.sameSentence(first - 1, first)
                    && words.pos(first - 1).equals("NN") && lexicon.placeNouns.contains(words.lemma(first - 1))) {
                first--;
            }
            names.add(name(first, m.endToken(), m.type()));
        }
        return names;
    }

    /**
     * A name over [first, end): for a person with the gender of the first name, for an
     * organisation with the grammatical gender of its noun ("die Gewerkschaft der Polizei"), to
     * which German "sie" agrees.
     */
    Candidate name(int first, int end, String type) {
        String gender = "PER".equals(type) ? words.single(first, "Gender")
                : "ORG".equals(type) ? words.single(headNoun(first, end), "Gender") : null;
        return words.candidate(Candidate.Kind.NAME, first, end, type, base(first, end), gender, false,
                nominative(first, end), false, actor(first, end));
    }

    /** The first noun of a name: "Gewerkschaft" in "Gewerkschaft der Polizei", "Bank" in "Deutsche Bank". */
    private int headNoun(int first, int end) {
        int head = first;
        while (head < end - 1 && !words.pos(head).startsWith("N")) {
            head++;
        }
        return head;
    }

    /** The base form of the words [first, end) as a name. */
    private String base(int first, int end) {
        int head = end - 1;
        while (head > first && !words.pos(head).startsWith("N")) {
            head--;
        }
        StringBuilder s = new StringBuilder();
        for (int i = first; i < end; i++) {
            if (i > first) {
                s.append(words.joiner(i));
            }
            s.append(i < head && adjectival(i) ? adjective(i, head) : switch (words.pos(i)) {
                case "NN", "NE", "FM" -> noun(i);
                default -> words.token(i).form();
            });
        }
        return s.toString();
    }

    private String noun(int i) {
        String form = words.token(i).form();
        String lemma = words.token(i).lemma();
        if ("Plur".equals(words.single(i, "Number"))) {
            boolean dativeN = "Dat".equals(words.single(i, "Case")) && form.endsWith("n")
                    && lemma != null && !lemma.endsWith("n");
            return dativeN ? form.substring(0, form.length() - 1) : form;
        }
        if (lemma != null && inflectionOf(form, lemma)) {
            return sameInitial(lemma, form);
        }
        if (form.endsWith("s") && nameForms.contains(form.substring(0, form.length() - 1))) {
            return form.substring(0, form.length() - 1);
        }
        return form;
    }

    /**
     * Whether a form is its lemma plus a case ending ("Putins", "Gebiets", "Bundestages",
     * "Präsidenten", "Russischen"): the only changes a name's base form undoes. A dictionary lemma
     * that changes more ("Monde" → "Mond" in a French title) is left alone.
     */
    private static boolean inflectionOf(String form, String lemma) {
        String f = form.toLowerCase(Locale.ROOT);
        String l = lemma.toLowerCase(Locale.ROOT);
        return f.startsWith(l) && CASE_ENDINGS.contains(f.substring(l.length()));
    }

    /**
     * Whether a word before the head is an inflected adjective: tagged so ("ukrainischen"), or a
     * capitalised one the tagger took for a noun, which then has the lemma "…e" and either no one
     * gender ("Russischen" → "Russische") or an adjective's stem ("Internationale").
     */
    private boolean adjectival(int i) {
        String pos = words.pos(i);
        String lemma = words.token(i).lemma();
        if (pos.equals("ADJA")) {
            return stem(i) != null;
        }
        if (!pos.equals("NN") || lemma == null || !lemma.endsWith("e") || stem(i) == null) {
            return false;
        }
        boolean genders = words.single(i, "Gender") == null && words.token(i).feature("Gender") != null;
        return genders || lexicon.adjectiveStem(stem(i));
    }

    /**
     * The adjective's stem when its form is the stem plus an ending ("ukrainisch" of
     * "ukrainischen"), else null ("Schweriner").
     */
    private String stem(int i) {
        String lemma = words.token(i).lemma();
        String form = words.token(i).form();
        if (lemma == null) {
            return null;
        }
        String stem = words.pos(i).equals("NN") ? lemma.substring(0, lemma.length() - 1) : lemma;
        String lower = form.toLowerCase(Locale.ROOT);
        String stemLower = stem.toLowerCase(Locale.ROOT);
        return lower.startsWith(stemLower) && ADJECTIVE_ENDINGS.contains(lower.substring(stemLower.length())) ? stem : null;
    }

    /** An adjective as it stands before its noun without an article: "Russische Föderation", "Deutscher Bundestag". */
    private String adjective(int i, int head) {
        String form = words.token(i).form();
        if (!words.pos(head).startsWith("N")) {
            return form;
        }
        String gender = "Plur".equals(words.single(head, "Number")) ? "Plur" : String.valueOf(words.single(head, "Gender"));
        String ending = switch (gender) {
            case "Plur", "Fem" -> "e";
            case "Masc" -> "er";
            case "Neut" -> "es";
            default -> null;
        };
        return ending == null ? form : sameInitial(stem(i) + ending, form);
    }

    private static String sameInitial(String word, String like) {
        if (word.isEmpty() || like.isEmpty()) {
            return word;
        }
        String initial = word.substring(0, 1);
        return (Character.isUpperCase(like.charAt(0)) ? initial.toUpperCase(Locale.ROOT) : initial.toLowerCase(Locale.ROOT))
                + word.substring(1);
    }

    /** Whether the name is a subject: by case and place ({@link Words#subject}) or after "wenn", "dass" ("wenn Kiew …"). */
    private boolean nominative(int first, int end) {
        return words.subject(first, end) || words.sameSentence(first - 1, first) && words.pos(first - 1).equals("KOUS");
    }

    /**
     * Whether the name acts: as subject, as possessor ("Moskaus", "des Kreml"), as a party ("mit
     * Kiew", "Moskau zufolge") or as the sender of a message ("Signale aus Washington und Moskau").
     */
    private boolean actor(int first, int end) {
        if (nominative(first, end) || "Gen".equals(words.single(end - 1, "Case"))) {
            return true;
        }
        int before = first - 1;
        if (words.sameSentence(before, first) && words.pos(before).equals("ART") && "Gen".equals(words.single(before, "Case"))) {
            return true;
        }
        if (words.sameSentence(first, end) && lexicon.actorPrepositions.contains(words.lemma(end).toLowerCase(Locale.ROOT))) {
            return true;
        }
        int preposition = governingPreposition(first);
        if (preposition < 0) {
            return false;
        }
        String lemma = words.lemma(preposition).toLowerCase(Locale.ROOT);
        return lexicon.actorPrepositions.contains(lemma) || (lemma.equals("aus") || lemma.equals("von"))
                && words.sameSentence(preposition - 1, preposition) && words.pos(preposition - 1).equals("NN")
                && lexicon.messageNoun(words.lemma(preposition - 1));
    }

    /** The preposition a name depends on, looking past earlier names it is coordinated with ("aus Washington und"), or -1. */
    private int governingPreposition(int first) {
        int j = first - 1;
        while (words.sameSentence(j, first) && first - j <= MAX_COORDINATED
                && (words.pos(j).equals("NE") || words.pos(j).equals("KON"))) {
            j--;
        }
        return words.sameSentence(j, first) && words.pos(j).equals("APPR") ? j : -1;
    }
}
