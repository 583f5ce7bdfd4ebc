package org.hearsay.lang.en.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;
import org.hearsay.core.time.Direction;
import org.hearsay.core.time.EventNoun;
import org.hearsay.core.time.Meaning;
import org.hearsay.core.time.Mention;
import org.hearsay.core.time.Relation;
import org.hearsay.core.time.Found;

/**
 * Phrases that place a statement relative to an event instead of a date: "before the inauguration
 * of Donald Trump", "after the attack", "until the election". Found on the tokens: a temporal
 * preposition, a determiner or possessive, adjectives, an event noun, and an "of" complement.
 */
final class EnglishEventPhrases {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "this", "that");

    private EnglishEventPhrases() {
    }

    static List<Mention> find(String text, List<Token> sentence, int sentenceIndex) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < sentence.size() - 2; i++) {
            Relation relation = relation(sentence.get(i).form());
            if (relation == null) {
                continue;
            }
            int j = i + 1;
            if (!DETERMINERS.contains(sentence.get(j).form().toLowerCase(Locale.ROOT)) && !"POS".equals(sentence.get(j).pos())) {
                continue;
            }
            int k = j + 1;
            while (k < sentence.size() && ("JJ".equals(sentence.get(k).pos()) || "NNP".equals(sentence.get(k).pos())
                    || "POS".equals(sentence.get(k).pos()))) {
                k++;
            }
            if (k >= sentence.size() || !isEventNoun(sentence.get(k))) {
                continue;
            }
            Token noun = sentence.get(k);
            int last = complementEnd(sentence, k + 1, k);
            Span span = new Span(sentence.get(j).span().start(), sentence.get(last).span().end());
            String name = text.substring(sentence.get(j + 1).span().start(), span.end());
            out.add(new Mention(span, sentenceIndex, new Meaning.Event(key(noun), name), null, relation, Direction.UNKNOWN));
        }
        return out;
    }

    static List<EventNoun> nouns(List<Token> sentence, int sentenceIndex) {
        List<EventNoun> out = new ArrayList<>();
        for (Token t : sentence) {
            if (isEventNoun(t)) {
                out.add(new EventNoun(key(t), sentenceIndex, t.span()));
            }
        }
        return out;
    }

    private static Relation relation(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "before", "ahead" -> Relation.BEFORE;
            case "after", "following" -> Relation.AFTER;
            case "since" -> Relation.SINCE;
            case "until", "till" -> Relation.UNTIL;
            default -> null;
        };
    }

    private static boolean isEventNoun(Token t) {
        if (t.pos() == null || !t.pos().startsWith("NN") || t.pos().startsWith("NNP")) {
            return false;
        }
        return EnglishWords.EVENT_NOUNS.contains(t.form()) || (t.lemma() != null && EnglishWords.EVENT_NOUNS.contains(t.lemma()));
    }

    /** Index of the last token of an "of Donald Trump" / "of the parliament" complement, or {@code fallback}. */
    private static int complementEnd(List<Token> sentence, int k, int fallback) {
        if (k + 1 >= sentence.size() || !sentence.get(k).form().equalsIgnoreCase("of")) {
            return fallback;
        }
        int n = k + 1;
        if (DETERMINERS.contains(sentence.get(n).form().toLowerCase(Locale.ROOT))) {
            n++;
        }
        int end = n;
        while (end < sentence.size() && sentence.get(end).pos() != null
                && (sentence.get(end).pos().startsWith("NN") || sentence.get(end).pos().equals("JJ"))) {
            end++;
        }
        return end > n ? end - 1 : fallback;
    }

    private static String key(Token noun) {
        return (noun.lemma() != null ? noun.lemma() : noun.form()).toLowerCase(Locale.ROOT);
    }
}
