package org.hearsay.core.time;

import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.TimeExpression;
import org.hearsay.core.model.Token;

/**
 * Finds the time phrases of an analysis with a language's patterns, adds what their sentence says
 * (preposition, tense) and resolves them against the publication time.
 */
public final class TimeTagger {
    /** How far back a governing preposition may stand ("bis spätestens zum"). */
    private static final int PREPOSITION_REACH = 30;

    private TimeTagger() {
    }

    public static List<TimeExpression> tag(Analysis analysis, TimeLanguage language) {
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
            List<Mention> candidates = new ArrayList<>(language.eventPhrases(text, tokens, sentence.index()));
            for (Found f : language.find(s, following)) {
                candidates.add(mention(language, f, s, sentence, tokens));
            }
            mentions.addAll(Overlaps.longestFirst(candidates));
            nouns.addAll(language.eventNouns(tokens, sentence.index()));
        }
        return TimeResolver.resolve(text, mentions, nouns, analysis.article().published());
    }

    private static Mention mention(TimeLanguage language, Found f, String s, Sentence sentence, List<Token> tokens) {
        int offset = sentence.span().start();
        Span span = new Span(offset + f.start(), offset + f.end());
        Relation relation = f.relational()
                ? language.relationBefore(s.substring(Math.max(0, f.start() - PREPOSITION_REACH), f.start()))
                : null;
        Direction direction = f.hint() != null ? f.hint() : language.tense(tokens, span);
        if (relation == Relation.SINCE) {
            direction = Direction.PAST;
        } else if ((direction == Direction.UNKNOWN || direction == Direction.PRESENT) && relation != null
                && relation.isDeadline() && !language.modifiesNoun(tokens, span)) {
            direction = Direction.FUTURE;
        }
        return new Mention(span, sentence.index(), f.meaning(), f.mod(), relation, direction);
    }
}
