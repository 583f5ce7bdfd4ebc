package org.hearsay.lang.de.quotes;

import java.util.List;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;
import org.hearsay.core.quotes.QuoteMarks;

/**
 * Read-only view of one analysis for the quotation rules: tokens with their STTS tags, sentence
 * bounds, entity mentions and the quote marks of the text. One per {@code apply} call.
 */
final class Words {
    private static final Set<String> COORDINATORS = Set.of("und", "oder", "sowie", "aber", "sondern");

    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final List<EntityMention> entities;
    final List<org.hearsay.core.quotes.QuotedSpan> quotes;

    Words(Analysis analysis) {
        this.text = analysis.text();
        this.tokens = analysis.get(Layers.TOKENS);
        this.sentences = analysis.get(Layers.SENTENCES);
        this.entities = analysis.get(Layers.ENTITY_MENTIONS);
        this.quotes = QuoteMarks.scan(text);
    }

    int size() {
        return tokens.size();
    }

    String form(int i) {
        return tokens.get(i).form();
    }

    String pos(int i) {
        return tokens.get(i).pos();
    }

    String lemma(int i) {
        String lemma = tokens.get(i).lemma();
        return lemma == null ? tokens.get(i).form() : lemma;
    }

    Span span(int i) {
        return tokens.get(i).span();
    }

    Sentence sentenceOf(int i) {
        return sentences.get(tokens.get(i).sentence());
    }

    int sentenceStart(int i) {
        return sentenceOf(i).firstToken();
    }

    int sentenceEnd(int i) {
        return sentenceOf(i).endToken();
    }

    boolean is(int i, String form) {
        return i >= 0 && i < tokens.size() && tokens.get(i).form().equalsIgnoreCase(form);
    }

    boolean isComma(int i) {
        return is(i, ",");
    }

    boolean isQuoteMark(int i) {
        String f = form(i);
        return f.length() == 1 && "\"'„“”‚‘’»«›‹".indexOf(f.charAt(0)) >= 0;
    }

    private static final int TITLE_TOKENS = 5;

    /**
     * The token after the closing mark when a quote opening at token i is a name or title
     * ("die „Süddeutsche Zeitung“", "laut „Welt“"): closed, at most five words, no verb and no
     * punctuation. Else -1.
     */
    int titleEnd(int i) {
        for (org.hearsay.core.quotes.QuotedSpan q : quotes) {
            if (q.unclosed() || q.open() != span(i).start()) {
                continue;
            }
            int close = tokenStartingAt(q.close());
            if (close <= i + 1 || close - i - 1 > TITLE_TOKENS) {
                return -1;
            }
            for (int j = i + 1; j < close; j++) {
                if (isVerb(j) || pos(j).startsWith("$") || isPronoun(j)) {
                    return -1;
                }
            }
            return close + 1;
        }
        return -1;
    }

    /** The opening mark's token when token i closes a name or title in quote marks ({@link #titleEnd}), else -1. */
    int titleStart(int i) {
        for (org.hearsay.core.quotes.QuotedSpan q : quotes) {
            if (!q.unclosed() && q.close() == span(i).start()) {
                int open = tokenStartingAt(q.open());
                return open >= 0 && titleEnd(open) == i + 1 ? open : -1;
            }
        }
        return -1;
    }

    /** Sentence-final or clause-separating punctuation: . ! ? ; : and dashes. */
    boolean isBoundary(int i) {
        String p = pos(i);
        return p.equals("$.") || is(i, ";") || is(i, ":") || is(i, "–") || is(i, "—");
    }

    boolean isFinite(int i) {
        return pos(i).endsWith("FIN");
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("V");
    }

    boolean isCoordinator(int i) {
        return pos(i).equals("KON") && COORDINATORS.contains(form(i).toLowerCase(java.util.Locale.ROOT));
    }

    boolean isNoun(int i) {
        return pos(i).equals("NN") || pos(i).equals("NE");
    }

    boolean isPronoun(int i) {
        return pos(i).equals("PPER") || pos(i).equals("PDS");
    }

    /** Konjunktiv (I or II), the mood of reported speech. */
    boolean isSubjunctive(int i) {
        return "Sub".equals(tokens.get(i).feature("Mood"));
    }

    /** Konjunktiv I ("sei", "gehe", "habe"): unlike Konjunktiv II ("wäre", "könnte") it marks reported speech alone. */
    boolean isKonjunktivOne(int i) {
        return isSubjunctive(i) && "Pres".equals(tokens.get(i).feature("Tense"));
    }

    /**
     * The base form of an adjective: its lemma, or where the morphology has none (coined
     * compounds like "kommissionsnaher") the form without its inflection ending.
     */
    String adjectiveLemma(int i) {
        if (tokens.get(i).lemma() != null) {
            return tokens.get(i).lemma();
        }
        return form(i).toLowerCase(java.util.Locale.ROOT).replaceFirst("(e|er|en|em|es)$", "");
    }

    boolean isPlural(int i) {
        String number = tokens.get(i).feature("Number");
        return number != null && number.equals("Plur");
    }

    Span spanOf(Phrase p) {
        return new Span(span(p.first()).start(), span(p.end() - 1).end());
    }

    String textOf(Phrase p) {
        return p.isEmpty() ? "" : spanOf(p).of(text);
    }

    /** The span of tokens [first, end) without sentence-final punctuation at its end. */
    Span contentSpan(int first, int end) {
        int last = end - 1;
        while (last > first && (pos(last).equals("$.") || isComma(last))) {
            last--;
        }
        return new Span(span(first).start(), span(last).end());
    }

    /** The token whose surface starts at this character, or -1. */
    int tokenStartingAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = span(mid).start();
            if (start < offset) {
                lo = mid + 1;
            } else if (start > offset) {
                hi = mid - 1;
            } else {
                while (mid > 0 && span(mid - 1).start() == offset) {
                    mid--;
                }
                return mid;
            }
        }
        return -1;
    }

    /** The first token starting at or after this character (size() when none). */
    int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (span(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first character of the paragraph (line) holding this character. */
    int paragraphStart(int offset) {
        int nl = text.lastIndexOf('\n', offset - 1);
        return nl + 1;
    }

    private static final int DATELINE_TOKENS = 8;

    /**
     * Where a sentence's own words start: after a dateline ("Cottbus, 14. Mai 2025 – ") when the
     * sentence opens its paragraph with one, else at its first token.
     */
    int afterDateline(int sentenceStart) {
        if (paragraphStart(span(sentenceStart).start()) != span(sentenceStart).start()) {
            return sentenceStart;
        }
        boolean number = false;
        for (int j = sentenceStart; j < Math.min(sentenceEnd(sentenceStart), sentenceStart + DATELINE_TOKENS); j++) {
            number |= pos(j).equals("CARD");
            if ((is(j, "–") || is(j, "—")) && number) {
                return j + 1;
            }
        }
        return sentenceStart;
    }

    /** The first character of the paragraph before the one starting here, over blank lines; -1 for the first. */
    int previousParagraphStart(int paragraphStart) {
        int end = paragraphStart - 1;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end <= 0 ? -1 : paragraphStart(end);
    }

    /** Whether the word is a coordinator joining this clause to the previous one ("… und versprach"). */
    boolean coordinatedBefore(int i) {
        return i > 0 && isCoordinator(i - 1) && sentenceOf(i - 1) == sentenceOf(i);
    }

    /** Entity mentions whose tokens lie inside the phrase. */
    List<EntityMention> entitiesIn(Phrase p) {
        return entities.stream().filter(e -> e.firstToken() >= p.first() && e.endToken() <= p.end()).toList();
    }
}
