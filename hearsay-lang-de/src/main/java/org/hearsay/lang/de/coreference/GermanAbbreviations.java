package org.hearsay.lang.de.coreference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearsay.core.entities.Abbreviation;
import org.hearsay.core.entities.ShortForms;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layers;

/**
 * Abbreviations defined in parentheses: "die ukrainischen Streitkräfte (SZU)" (long form, then the
 * short one) and "SZU (ukrainische Streitkräfte)". The long form is the entity mention before the
 * parenthesis, else the noun with its adjectives; the short form is a word of capitals.
 */
final class GermanAbbreviations {
    private static final int MAX_LONG_FORM = 8;

    private final Words words;
    private final GermanNames names;
    private final List<EntityMention> mentions;

    GermanAbbreviations(Words words, GermanNames names) {
        this.words = words;
        this.names = names;
        this.mentions = words.analysis.get(Layers.ENTITY_MENTIONS);
    }

    List<Abbreviation> find() {
        List<Abbreviation> found = new ArrayList<>();
        for (ShortForms.Parenthesis parenthesis : ShortForms.parentheses(words.tokens, MAX_LONG_FORM)) {
            int open = parenthesis.open();
            int close = parenthesis.close();
            if (close == open + 2 && shortForm(open + 1)) {
                int first = longFormBefore(open, words.token(open + 1).form());
                if (first >= 0 && plausible(first, open, words.token(open + 1).form())) {
                    found.add(new Abbreviation(words.token(open + 1).form(), names.name(first, open, typeOf(open + 1))));
                }
            } else if (close > open + 2 && shortForm(open - 1) && nounPhrase(open + 1, close)
                    && plausible(open + 1, close, words.token(open - 1).form())) {
                found.add(new Abbreviation(words.token(open - 1).form(), names.name(open + 1, close, typeOf(open - 1))));
            }
        }
        return found;
    }

    private boolean plausible(int first, int end, String shortForm) {
        return ShortForms.fits(words.tokens, first, end, shortForm);
    }

    private boolean shortForm(int i) {
        return ShortForms.shortForm(words.token(i).form());
    }

    /**
     * Where the long form before "(" begins: the mention ending there, else the noun with its
     * adjectives — with a genitive noun before it when the initials say so ("Gewerkschaft der
     * Polizei (GdP)"). A person is never expanded: "Wolfgang Schäuble (CDU)" gives a party.
     */
    private int longFormBefore(int open, String shortForm) {
        for (EntityMention m : mentions) {
            if (m.endToken() == open) {
                return "PER".equals(m.type()) ? -1 : m.firstToken();
            }
        }
        int head = open - 1;
        if (!words.pos(head).equals("NN")) {
            return -1;
        }
        int first = adjectivesBefore(head);
        int genitive = first - 1;
        if (words.sameSentence(genitive - 1, head) && words.pos(genitive).equals("ART") && words.pos(genitive - 1).equals("NN")
                && initials(adjectivesBefore(genitive - 1), open).equals(letters(shortForm))) {
            return adjectivesBefore(genitive - 1);
        }
        return first;
    }

    /** The first of the adjectives right before a noun, leaving out participles ("im Süden stationierten"). */
    private int adjectivesBefore(int noun) {
        int first = noun;
        while (first > 0 && words.sameSentence(first - 1, noun) && words.pos(first - 1).equals("ADJA")
                && !("Part".equals(words.token(first - 1).feature("VerbForm"))
                && Character.isLowerCase(words.token(first - 1).form().charAt(0)))) {
            first--;
        }
        return first;
    }

    private String initials(int first, int end) {
        StringBuilder s = new StringBuilder();
        for (int i = first; i < end; i++) {
            s.append(Character.toLowerCase(words.token(i).form().charAt(0)));
        }
        return s.toString();
    }

    private static String letters(String shortForm) {
        return shortForm.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    }

    private boolean nounPhrase(int first, int end) {
        boolean noun = false;
        for (int i = first; i < end; i++) {
            String pos = words.pos(i);
            if (pos.startsWith("$") || pos.startsWith("V")) {
                return false;
            }
            noun |= pos.equals("NN") || pos.equals("NE");
        }
        return noun && end - first >= 2;
    }

    private String typeOf(int i) {
        for (EntityMention m : mentions) {
            if (m.firstToken() <= i && i < m.endToken()) {
                return m.type();
            }
        }
        return "ORG";
    }
}
