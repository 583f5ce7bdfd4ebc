package org.hearsay.lang.de.time;

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
 * Finds the German time phrases of an analysis, adds what their sentence says (preposition,
 * tense) and resolves them against the publication time.
 */
final class GermanTimeTagger {
    /** A preposition right before a time phrase, as in "bis Ende des Jahres", "seit August", "vor dem Neujahr". */
    private static final Pattern PREPOSITION = Pattern.compile(
            "(?<![\\p{L}])(?<p>bis\\s+spätestens|spätestens|bis|vor|nach|seit)(?:\\s+(?:zum|zur|zu|am|im|in\\s+die|in\\s+den|dem|der|den))?\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private GermanTimeTagger() {
    }

    static List<TimeExpression> tag(Analysis analysis) {
        String text = analysis.text();
        List<Mention> mentions = new ArrayList<>();
        List<EventNoun> nouns = new ArrayList<>();
        List<Sentence> sentences = analysis.get(Layers.SENTENCES);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            List<Token> tokens = analysis.tokensOf(sentence);
            String s = sentence.span().of(text);
            int followingEnd = i + 1 < sentences.size() ? sentences.get(i + 1).span().end() : sentence.span().end();
            String following = text.substring(sentence.span().end(), followingEnd);
            List<Mention> candidates = new ArrayList<>(GermanEventPhrases.find(text, tokens, sentence.index()));
            for (Found f : GermanTimePatterns.find(s, following)) {
                candidates.add(mention(f, s, sentence, tokens));
            }
            mentions.addAll(Overlaps.longestFirst(candidates));
            nouns.addAll(GermanEventPhrases.nouns(tokens, sentence.index()));
        }
        return TimeResolver.resolve(text, mentions, nouns, analysis.article().published());
    }

    private static Mention mention(Found f, String s, Sentence sentence, List<Token> tokens) {
        int offset = sentence.span().start();
        Span span = new Span(offset + f.start(), offset + f.end());
        Relation relation = f.relational() ? relation(s.substring(Math.max(0, f.start() - 30), f.start())) : null;
        Direction direction = f.hint() != null ? f.hint() : GermanTense.of(tokens, span);
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
