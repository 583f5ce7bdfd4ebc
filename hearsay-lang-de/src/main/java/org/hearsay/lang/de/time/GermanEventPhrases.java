package org.hearsay.lang.de.time;

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
 * Phrases that place a statement relative to an event instead of a date: "vor der Amtseinführung
 * von Donald Trump", "nach dem Eindringen der SZU", "bis zum Rückzug". Found on the tokens: a
 * temporal preposition, an article, adjectives, an event noun (word list, compounds of it, or a
 * nominalised infinitive after "dem"), and a "von"-name or genitive complement.
 */
final class GermanEventPhrases {
    private static final Set<String> ARTICLES = Set.of("dem", "der", "den", "des", "einem", "einer", "einen", "eines");

    private GermanEventPhrases() {
    }

    static List<Mention> find(String text, List<Token> sentence, int sentenceIndex) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < sentence.size() - 2; i++) {
            Relation relation = relation(sentence, i);
            if (relation == null) {
                continue;
            }
            int j = i + 1;
            if (relation == Relation.UNTIL) {
                j++;
            }
            if (j >= sentence.size() || !ARTICLES.contains(sentence.get(j).form().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Token article = sentence.get(j);
            // "zum" is split into "zu" + "dem" over one surface: start the phrase after it then.
            boolean contracted = article.span().equals(sentence.get(j - 1).span());
            int k = j + 1;
            while (k < sentence.size() && "ADJA".equals(sentence.get(k).pos())) {
                k++;
            }
            if (k >= sentence.size() || !isEventNoun(sentence.get(k), article)) {
                continue;
            }
            Token noun = sentence.get(k);
            int last = complementEnd(sentence, k + 1, k);
            int start = contracted ? sentence.get(j + 1).span().start() : article.span().start();
            Span span = new Span(start, sentence.get(last).span().end());
            String name = text.substring(noun.span().start(), span.end());
            out.add(new Mention(span, sentenceIndex, new Meaning.Event(key(noun), name), null, relation, Direction.UNKNOWN));
        }
        return out;
    }

    /** Every event noun of a sentence, for dating events by the day their sentence gives. */
    static List<EventNoun> nouns(List<Token> sentence, int sentenceIndex) {
        List<EventNoun> out = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            Token before = i > 0 ? sentence.get(i - 1) : t;
            if (isEventNoun(t, before)) {
                out.add(new EventNoun(key(t), sentenceIndex, t.span()));
            }
        }
        return out;
    }

    private static Relation relation(List<Token> sentence, int i) {
        String w = sentence.get(i).form().toLowerCase(Locale.ROOT);
        return switch (w) {
            case "vor" -> Relation.BEFORE;
            case "nach" -> Relation.AFTER;
            case "seit" -> Relation.SINCE;
            case "bis" -> i + 1 < sentence.size() && sentence.get(i + 1).form().equalsIgnoreCase("zu") ? Relation.UNTIL : null;
            default -> null;
        };
    }

    private static boolean isEventNoun(Token t, Token article) {
        if (t.pos() == null || !t.pos().equals("NN") || !Character.isUpperCase(t.form().charAt(0))) {
            return false;
        }
        if (GermanWords.isEventNoun(t.form()) || (t.lemma() != null && GermanWords.isEventNoun(t.lemma()))) {
            return true;
        }
        // A nominalised infinitive ("dem Eindringen", "dem Verlassen") names an action.
        return article.form().equalsIgnoreCase("dem") && t.form().endsWith("en") && t.form().length() > 5;
    }

    /** Index of the last token of a "von Donald Trump" or "der SZU" complement, or {@code fallback}. */
    private static int complementEnd(List<Token> sentence, int k, int fallback) {
        if (k >= sentence.size()) {
            return fallback;
        }
        String w = sentence.get(k).form().toLowerCase(Locale.ROOT);
        int n = k + 1;
        if (w.equals("von")) {
            int end = namesEnd(sentence, n);
            return end > n ? end - 1 : fallback;
        }
        if (w.equals("der") || w.equals("des")) {
            while (n < sentence.size() && "ADJA".equals(sentence.get(n).pos())) {
                n++;
            }
            int end = namesEnd(sentence, n);
            if (end > n) {
                return end - 1;
            }
            return n < sentence.size() && "NN".equals(sentence.get(n).pos()) ? n : fallback;
        }
        return fallback;
    }

    private static int namesEnd(List<Token> sentence, int from) {
        int n = from;
        while (n < sentence.size() && "NE".equals(sentence.get(n).pos())) {
            n++;
        }
        return n;
    }

    private static String key(Token noun) {
        String base = noun.lemma() != null ? noun.lemma() : noun.form();
        return base.toLowerCase(Locale.ROOT);
    }
}
