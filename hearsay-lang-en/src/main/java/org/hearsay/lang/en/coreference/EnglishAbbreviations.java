package org.hearsay.lang.en.coreference;

import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.entities.Abbreviation;
import org.hearsay.core.entities.ShortForms;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layers;

/**
 * Abbreviations defined in parentheses: "the Armed Forces of Ukraine (AFU)" and "AFU (Armed
 * Forces of Ukraine)". The long form is the run of capitalised words (with "of", "for", "and"
 * between them) before the parenthesis, else the entity mention that ends there.
 */
final class EnglishAbbreviations {
    private static final int MAX_LONG_FORM = 8;

    private final Words words;
    private final EnglishNames names;
    private final EnglishCoreferenceLexicon lexicon;
    private final List<EntityMention> mentions;

    EnglishAbbreviations(Words words, EnglishNames names, EnglishCoreferenceLexicon lexicon) {
        this.words = words;
        this.names = names;
        this.lexicon = lexicon;
        this.mentions = words.analysis.get(Layers.ENTITY_MENTIONS);
    }

    List<Abbreviation> find() {
        List<Abbreviation> found = new ArrayList<>();
        for (ShortForms.Parenthesis parenthesis : ShortForms.parentheses(words.tokens, MAX_LONG_FORM)) {
            int open = parenthesis.open();
            int close = parenthesis.close();
            if (close == open + 2 && shortForm(open + 1)) {
                int first = longFormBefore(open);
                if (first >= 0 && plausible(first, open, words.token(open + 1).form())) {
                    found.add(new Abbreviation(words.token(open + 1).form(), names.name(first, open, typeOf(open + 1))));
                }
            } else if (close > open + 2 && shortForm(open - 1) && capitalisedRun(open + 1, close)
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
     * Where the long form before "(" begins: the run of capitalised words ("Armed Forces of
     * Ukraine"), else the entity mention ending there. A person is never expanded: "John Smith
     * (R)" gives a party.
     */
    private int longFormBefore(int open) {
        int first = open;
        while (first - 1 >= 0 && words.sameSentence(first - 1, open) && open - first < MAX_LONG_FORM
                && (words.capitalised(first - 1) || lexicon.nameConnectors.contains(words.lower(first - 1)) && first - 2 >= 0
                && words.capitalised(first - 2))) {
            first--;
        }
        while (first < open && lexicon.nameConnectors.contains(words.lower(first))) {
            first++;
        }
        for (EntityMention m : mentions) {
            if (m.endToken() == open && "PER".equals(m.type()) && m.firstToken() <= first) {
                return -1;
            }
        }
        if (open - first >= 2) {
            return first;
        }
        for (EntityMention m : mentions) {
            if (m.endToken() == open) {
                return words.lower(m.firstToken()).equals("the") ? m.firstToken() + 1 : m.firstToken();
            }
        }
        return -1;
    }

    private boolean capitalisedRun(int first, int end) {
        for (int i = first; i < end; i++) {
            if (!words.capitalised(i) && !lexicon.nameConnectors.contains(words.lower(i))) {
                return false;
            }
        }
        return end - first >= 2;
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
