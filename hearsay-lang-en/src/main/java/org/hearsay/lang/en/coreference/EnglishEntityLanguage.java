package org.hearsay.lang.en.coreference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hearsay.core.entities.Abbreviation;
import org.hearsay.core.entities.Candidate;
import org.hearsay.core.entities.EntityLanguage;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Span;

/**
 * English names, descriptions, pronouns and abbreviations of one article for
 * {@link org.hearsay.core.entities.EntityResolver}.
 */
final class EnglishEntityLanguage implements EntityLanguage {
    private final EnglishCoreferenceLexicon lexicon;
    private final Words words;
    private final EnglishNames names;
    private final EnglishPronouns pronouns;
    private final List<Abbreviation> abbreviations;

    EnglishEntityLanguage(Analysis analysis, EnglishCoreferenceLexicon lexicon) {
        this.lexicon = lexicon;
        this.words = new Words(analysis, lexicon.subordinators);
        this.names = new EnglishNames(words, lexicon);
        this.pronouns = new EnglishPronouns(words);
        this.abbreviations = new EnglishAbbreviations(words, names, lexicon).find();
    }

    @Override
    public List<Candidate> candidates() {
        List<Candidate> all = new ArrayList<>(names.find());
        all.addAll(shortFormsOutsideMentions());
        all.addAll(new EnglishDescriptions(words, lexicon).find());
        all.addAll(pronouns.find());
        all.sort(Comparator.comparing(Candidate::span));
        return all;
    }

    /** Uses of a defined short form that the entity mentions missed, such as the one in the parentheses. */
    private List<Candidate> shortFormsOutsideMentions() {
        boolean[] inMention = new boolean[words.size()];
        words.analysis.get(Layers.ENTITY_MENTIONS).forEach(m -> Arrays.fill(inMention, m.firstToken(), m.endToken(), true));
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (Abbreviation a : abbreviations) {
                if (!inMention[i] && words.token(i).form().equals(a.shortForm())) {
                    found.add(names.name(i, i + 1, a.expansion().type()));
                }
            }
        }
        return found;
    }

    @Override
    public List<Abbreviation> abbreviations() {
        return abbreviations;
    }

    @Override
    public Candidate phrase(Span span) {
        int[] range = words.range(span);
        if (range[1] - range[0] == 1) {
            Candidate pronoun = pronouns.pronoun(range[0]);
            if (pronoun != null) {
                return pronoun;
            }
        }
        boolean plural = false;
        for (int i = range[0]; i < range[1]; i++) {
            plural |= words.pos(i).equals("NNS") || words.pos(i).equals("NNPS") || words.lower(i).equals("they");
        }
        boolean subject = words.sameSentence(range[1] - 1, range[1]) && words.finiteVerb(range[1]);
        if (range[1] - range[0] == 1 && words.pos(range[0]).startsWith("PRP")) {
            // "it", "they": kept with what they are, so that no person takes them over.
            return words.candidate(Candidate.Kind.PRONOUN, range[0], range[1], null, null,
                    words.token(range[0]).feature("Gender"), plural, subject, false);
        }
        return words.candidate(Candidate.Kind.DESCRIPTION, range[0], range[1], null, null, null, plural, subject, false);
    }

    /**
     * A person by any part of the name ("Trump"); an organisation by its first words ("Peterson
     * Institute" for "Peterson Institute for International Economics", but not "House" for "White
     * House"); places and titles never ("Mexico" is not "Mexico City").
     */
    @Override
    public boolean shortens(String type, String whole, String part) {
        return "PER".equals(type) || "ORG".equals(type) && whole.startsWith(part + " ");
    }

    @Override
    public String alias(String base) {
        return lexicon.aliases.get(base);
    }

    @Override
    public boolean genericRole(String role) {
        return lexicon.genericRole(role);
    }

    @Override
    public String standsFor(String base) {
        return lexicon.metonyms.get(base);
    }
}
