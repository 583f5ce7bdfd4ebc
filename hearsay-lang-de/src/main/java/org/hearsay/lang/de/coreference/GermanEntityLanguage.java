package org.hearsay.lang.de.coreference;

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
 * German names, descriptions, pronouns and abbreviations of one article for
 * {@link org.hearsay.core.entities.EntityResolver}.
 */
final class GermanEntityLanguage implements EntityLanguage {
    private final CoreferenceLexicon lexicon;
    private final Words words;
    private final GermanNames names;
    private final List<Abbreviation> abbreviations;
    /** Tokens inside an entity mention, whose names {@link GermanNames} already gives. */
    private final boolean[] inMention;

    GermanEntityLanguage(Analysis analysis, CoreferenceLexicon lexicon) {
        this.lexicon = lexicon;
        this.words = new Words(analysis);
        this.names = new GermanNames(words, lexicon);
        this.abbreviations = new GermanAbbreviations(words, names).find();
        this.inMention = new boolean[words.size()];
        analysis.get(Layers.ENTITY_MENTIONS).forEach(m -> Arrays.fill(inMention, m.firstToken(), m.endToken(), true));
    }

    @Override
    public List<Candidate> candidates() {
        List<Candidate> all = new ArrayList<>(names.find());
        LongFormRepeats repeats = new LongFormRepeats(words, names);
        for (Abbreviation a : abbreviations) {
            repeats.find(a.expansion()).stream().filter(c -> outsideMentions(c.firstToken(), c.endToken())).forEach(all::add);
        }
        all.addAll(shortFormsOutsideMentions());
        all.addAll(new GermanInstitutions(words, lexicon, inMention).find());
        all.addAll(new GermanDescriptions(words, lexicon, inMention).find());
        all.addAll(new GermanPronouns(words).find());
        all.addAll(new SubjectNouns(words, lexicon).find());
        all.sort(Comparator.comparing(Candidate::span));
        return all;
    }

    /** Uses of a defined short form that the entity mentions missed, such as the one in the parentheses. */
    private List<Candidate> shortFormsOutsideMentions() {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (Abbreviation a : abbreviations) {
                if (outsideMentions(i, i + 1) && words.token(i).form().equals(a.shortForm())) {
                    found.add(names.name(i, i + 1, a.expansion().type()));
                }
            }
        }
        return found;
    }

    private boolean outsideMentions(int first, int end) {
        for (int i = first; i < end; i++) {
            if (inMention[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<Abbreviation> abbreviations() {
        return abbreviations;
    }

    @Override
    public Candidate phrase(Span span) {
        int[] range = words.range(span);
        if (range[1] - range[0] == 1) {
            Candidate pronoun = new GermanPronouns(words).pronoun(range[0]);
            if (pronoun != null) {
                return pronoun;
            }
        }
        // The noun phrase up to its head noun: "eine Quelle, die mit … vertraut ist" agrees as "eine Quelle".
        int end = range[0];
        while (end < range[1] && !words.pos(end).startsWith("N")) {
            end++;
        }
        end = Math.min(end + 1, range[1]);
        boolean pronoun = range[1] - range[0] == 1 && words.pos(range[0]).startsWith("P");
        return words.candidate(pronoun ? Candidate.Kind.PRONOUN : Candidate.Kind.DESCRIPTION, range[0], range[1], null, null,
                words.agreed(range[0], end, "Gender"), "Plur".equals(words.agreed(range[0], end, "Number")),
                words.subject(range[0], end), false, false);
    }

    /**
     * Any run of words of a person or place ("Kursk" of "Gebiet Kursk"); of an organisation any
     * but its last words, which are its kind ("Union" of "Europäische Union" is more often the
     * CDU/CSU); titles of works and events never.
     */
    @Override
    public boolean shortens(String type, String whole, String part) {
        return "PER".equals(type) || "LOC".equals(type) || "ORG".equals(type) && !whole.endsWith(" " + part);
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
