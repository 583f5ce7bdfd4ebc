package org.hearsay.lang.en.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.TimeExpression;
import org.hearsay.core.model.Token;
import org.hearsay.core.time.Direction;
import org.hearsay.core.time.EventNoun;
import org.hearsay.core.time.Mention;
import org.hearsay.core.time.Overlaps;
import org.hearsay.core.time.Relation;
import org.hearsay.core.time.TimeResolver;

/**
 * Finds the English time phrases of an analysis, adds what their sentence says (preposition,
 * tense) and resolves them against the publication time.
 */
final class EnglishTimeTagger {
    /** A preposition right before a time phrase: "by the end of the year", "until Friday", "since March". */
    private static final Pattern PREPOSITION = Pattern.compile(
            "(?<![\\p{L}])(?<p>no\\s+later\\s+than|not\\s+later\\s+than|by|before|after|until|till|since)(?:\\s+the)?\\s+$",
            Pattern.CASE_INSENSITIVE);

    private EnglishTimeTagger() {
    }

    static List<TimeExpression> tag(Analysis analysis) {
        String text = analysis.text();
        List<Mention> mentions = new ArrayList<>();
        List<EventNoun> nouns = new ArrayList<>();
        for (Sentence sentence : analysis.get(Layers.SENTENCES)) {
            List<Token> tokens = analysis.tokensOf(sentence);
            String s = sentence.span().of(text);
            List<Mention> candidates = new ArrayList<>(EnglishEventPhrases.find(text, tokens, sentence.index()));
            for (Found f : EnglishTimePatterns.find(s)) {
                candidates.add(mention(f, s, sentence, tokens));
            }
            mentions.addAll(Overlaps.longestFirst(candidates));
            nouns.addAll(EnglishEventPhrases.nouns(tokens, sentence.index()));
        }
        return TimeResolver.resolve(text, mentions, nouns, analysis.article().published());
    }

    private static Mention mention(Found f, String s, Sentence sentence, List<Token> tokens) {
        int offset = sentence.span().start();
        Span span = new Span(offset + f.start(), offset + f.end());
        Relation relation = f.relational() ? relation(s.substring(Math.max(0, f.start() - 30), f.start())) : null;
        Direction direction = f.hint() != null ? f.hint() : EnglishTense.of(tokens, span);
        if (relation == Relation.SINCE) {
            direction = Direction.PAST;
        } else if (direction == Direction.UNKNOWN && relation != null && relation.isDeadline()) {
            direction = Direction.FUTURE;
        }
        return new Mention(span, sentence.index(), f.meaning(), f.mod(), relation, direction);
    }

    private static Relation relation(String before) {
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
