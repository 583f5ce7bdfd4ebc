package org.hearsay.lang.de.time;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;
import org.hearsay.core.time.Direction;
import org.hearsay.core.time.EventNoun;
import org.hearsay.core.time.Found;
import org.hearsay.core.time.Mention;
import org.hearsay.core.time.Relation;
import org.hearsay.core.time.TimeLanguage;

/** German time phrases, event phrases, tense and prepositions for the core time tagger. */
final class GermanTimeLanguage implements TimeLanguage {
    /** A preposition right before a time phrase, as in "bis Ende des Jahres", "seit August", "vor dem Neujahr". */
    private static final Pattern PREPOSITION = Pattern.compile(
            "(?<![\\p{L}])(?<p>bis\\s+spätestens|spätestens|bis|vor|nach|seit)(?:\\s+(?:zum|zur|zu|am|im|in\\s+die|in\\s+den|dem|der|den))?\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static final GermanTimeLanguage INSTANCE = new GermanTimeLanguage();

    private GermanTimeLanguage() {
    }

    @Override
    public List<Found> find(String sentence, String following) {
        return GermanTimePatterns.find(sentence, following);
    }

    @Override
    public List<Mention> eventPhrases(String text, List<Token> tokens, int sentence) {
        return GermanEventPhrases.find(text, tokens, sentence);
    }

    @Override
    public List<EventNoun> eventNouns(List<Token> tokens, int sentence) {
        return GermanEventPhrases.nouns(tokens, sentence);
    }

    @Override
    public Direction tense(List<Token> tokens, Span span) {
        return GermanTense.of(tokens, span);
    }

    @Override
    public Relation relationBefore(String before) {
        Matcher m = PREPOSITION.matcher(before);
        if (!m.find()) {
            return null;
        }
        String p = m.group("p").toLowerCase(Locale.ROOT);
        if (p.contains("spätestens")) {
            return Relation.BY;
        }
        return switch (p) {
            case "bis" -> Relation.UNTIL;
            case "vor" -> Relation.BEFORE;
            case "nach" -> Relation.AFTER;
            default -> Relation.SINCE;
        };
    }
}
