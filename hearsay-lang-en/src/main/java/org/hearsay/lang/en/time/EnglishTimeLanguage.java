package org.hearsay.lang.en.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
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

/** English time phrases, event phrases, tense and prepositions for the core time tagger. */
final class EnglishTimeLanguage implements TimeLanguage {
    /** A preposition right before a time phrase: "by the end of the year", "until Friday", "since March". */
    private static final Pattern PREPOSITION = Pattern.compile(
            "(?<![\\p{L}])(?<p>no\\s+later\\s+than|not\\s+later\\s+than|by|before|after|until|till|since)(?:\\s+the)?\\s+$",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> COMMON_NOUNS = Set.of("NN", "NNS");
    private static final Set<String> DETERMINERS = Set.of("DT", "PRP$");

    static final EnglishTimeLanguage INSTANCE = new EnglishTimeLanguage();

    private EnglishTimeLanguage() {
    }

    @Override
    public List<Found> find(String sentence, String following) {
        return EnglishTimePatterns.find(sentence);
    }

    @Override
    public List<Mention> eventPhrases(String text, List<Token> tokens, int sentence) {
        return EnglishEventPhrases.find(text, tokens, sentence);
    }

    @Override
    public List<EventNoun> eventNouns(List<Token> tokens, int sentence) {
        return EnglishEventPhrases.nouns(tokens, sentence);
    }

    @Override
    public Direction tense(List<Token> tokens, Span span) {
        return EnglishTense.of(tokens, span);
    }

    /**
     * A possessive "'s" right after the phrase ("Friday's purchases"), or a common noun after it and a
     * determiner before it ("the Feb. 23 accord"); a noun alone may be the subject after a fronted
     * phrase ("before Christmas nothing moves").
     */
    @Override
    public boolean modifiesNoun(List<Token> tokens, Span span) {
        Token before = null;
        for (Token t : tokens) {
            if (t.span().end() <= span.start()) {
                before = t;
            } else if (t.span().start() >= span.end()) {
                return "POS".equals(t.pos())
                        || COMMON_NOUNS.contains(t.pos()) && before != null && DETERMINERS.contains(before.pos());
            }
        }
        return false;
    }

    @Override
    public Relation relationBefore(String before) {
        Matcher m = PREPOSITION.matcher(before);
        if (!m.find()) {
            return null;
        }
        String p = m.group("p").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (p) {
            case "by", "no later than", "not later than" -> Relation.BY;
            case "before" -> Relation.BEFORE;
            case "after" -> Relation.AFTER;
            case "since" -> Relation.SINCE;
            default -> Relation.UNTIL;
        };
    }
}
