package org.hearsay.core.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearsay.core.model.Span;

/**
 * Test helper: an {@link EntityLanguage} that reports the phrases a test lists, with tokens taken
 * as the words between spaces, and sentences and clauses counted by the full stops before a phrase.
 */
final class ListedLanguage implements EntityLanguage {
    private final String text;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Candidate> phrases = new ArrayList<>();
    private final List<Abbreviation> abbreviations = new ArrayList<>();
    private final Map<String, String> aliases;
    private final Map<String, String> metonyms;
    private final Set<String> genericRoles;

    ListedLanguage(String text, Map<String, String> aliases, Map<String, String> metonyms, Set<String> genericRoles) {
        this.text = text;
        this.aliases = aliases;
        this.metonyms = metonyms;
        this.genericRoles = genericRoles;
    }

    ListedLanguage(String text) {
        this(text, Map.of(), Map.of(), Set.of());
    }

    /** The n-th occurrence (from 0) of a phrase as a candidate of the given kind, without any grammar. */
    Candidate at(String phrase, int occurrence, Candidate.Kind kind, String type, String base, String gender,
                 boolean nominative, boolean actor) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = text.indexOf(phrase, start + 1);
        }
        if (start < 0) {
            throw new IllegalArgumentException("no occurrence " + occurrence + " of " + phrase);
        }
        String before = text.substring(0, start);
        int sentence = (int) before.chars().filter(ch -> ch == '.').count();
        int firstToken = before.isBlank() ? 0 : before.strip().split(" ").length;
        return new Candidate(kind, new Span(start, start + phrase.length()), firstToken, firstToken + phrase.split(" ").length,
                sentence, sentence, type, base, gender, false, nominative, false, actor, -1);
    }

    ListedLanguage name(String phrase, int occurrence, String type, String base) {
        candidates.add(at(phrase, occurrence, Candidate.Kind.NAME, type, base, null, false, false));
        return this;
    }

    ListedLanguage add(Candidate c) {
        candidates.add(c);
        return this;
    }

    /** What {@link #phrase} answers for a source's mention. */
    ListedLanguage sourcePhrase(Candidate c) {
        phrases.add(c);
        return this;
    }

    ListedLanguage abbreviation(String shortForm, Candidate expansion) {
        abbreviations.add(new Abbreviation(shortForm, expansion));
        return this;
    }

    @Override
    public List<Candidate> candidates() {
        return candidates.stream().sorted(Comparator.comparing(Candidate::span)).toList();
    }

    @Override
    public List<Abbreviation> abbreviations() {
        return abbreviations;
    }

    @Override
    public Candidate phrase(Span span) {
        return phrases.stream().filter(c -> c.span().equals(span)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no phrase listed at " + span));
    }

    @Override
    public boolean shortens(String type, String whole, String part) {
        return true;
    }

    @Override
    public String alias(String base) {
        return aliases.get(base);
    }

    @Override
    public boolean genericRole(String role) {
        return genericRoles.contains(role);
    }

    @Override
    public String standsFor(String base) {
        return metonyms.get(base);
    }
}
