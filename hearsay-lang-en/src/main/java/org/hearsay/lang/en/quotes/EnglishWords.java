package org.hearsay.lang.en.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;
import org.hearsay.core.quotes.QuoteMarks;
import org.hearsay.core.quotes.QuotedSpan;

/**
 * Read-only view of one analysis for the English quotation rules: Penn Treebank tags, noun
 * phrases and subjects, entity mentions and quote marks. One per {@code apply} call.
 */
final class EnglishWords {
    private static final Set<String> NOMINAL = Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS",
            "HYPH");
    private static final Set<String> ATTACHING = Set.of("of", "from", "at", "in", "with", "for", "close", "to", "by");

    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final List<EntityMention> entities;
    final List<QuotedSpan> quotes;

    EnglishWords(Analysis analysis) {
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

    String lower(int i) {
        return form(i).toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return tokens.get(i).pos();
    }

    String lemma(int i) {
        String lemma = tokens.get(i).lemma();
        return lemma == null ? form(i) : lemma;
    }

    Span span(int i) {
        return tokens.get(i).span();
    }

    int sentenceStart(int i) {
        return sentences.get(tokens.get(i).sentence()).firstToken();
    }

    int sentenceEnd(int i) {
        return sentences.get(tokens.get(i).sentence()).endToken();
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    boolean isFiniteVerb(int i) {
        return pos(i).equals("VBD") || pos(i).equals("VBZ") || pos(i).equals("VBP") || pos(i).equals("MD");
    }

    boolean isQuoteMark(int i) {
        String f = form(i);
        return f.equals("``") || f.equals("''") || f.length() == 1 && "\"'“”‘’«»".indexOf(f.charAt(0)) >= 0;
    }

    boolean isComma(int i) {
        return form(i).equals(",");
    }

    boolean isEnd(int i) {
        return i >= size() || pos(i).equals(".") || i >= sentenceEnd(i - 1);
    }

    Span spanOf(Phrase p) {
        return new Span(span(p.first()).start(), span(p.end() - 1).end());
    }

    String textOf(Phrase p) {
        return spanOf(p).of(text);
    }

    /** Tokens [first, end) as a span without trailing punctuation and quote marks. */
    Span contentSpan(int first, int end) {
        int last = end - 1;
        while (last > first && (pos(last).equals(".") || isComma(last))) {
            last--;
        }
        return new Span(span(first).start(), span(last).end());
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

    /**
     * The noun phrase starting at i: a pronoun, or determiners, adjectives and nouns with "of",
     * "from", "familiar with" attachments and a name set off by commas. Null when none starts there.
     */
    Phrase nounPhraseAt(int i) {
        if (i < 0 || i >= size()) {
            return null;
        }
        int limit = sentenceEnd(i);
        if (pos(i).equals("PRP")) {
            return new Phrase(i, i + 1);
        }
        int end = core(i, limit);
        if (end < 0) {
            return null;
        }
        while (end < limit) {
            if (ATTACHING.contains(lower(end)) && (pos(end).equals("IN") || pos(end).equals("TO") || pos(end).equals("JJ")
                    || pos(end).equals("RB"))) {
                int from = end + 1;
                if (from < limit && pos(from).equals("IN")) {
                    from++;
                }
                int next = core(from, limit);
                if (next < 0) {
                    break;
                }
                end = next;
            } else if (pos(end).equals("-LRB-") && pos(end - 1).startsWith("NNP") && closing(end, limit) > 0) {
                end = closing(end, limit); // "Sen. Ann Roe (D-Ore.)"
            } else if (isComma(end) && end + 1 < limit && pos(end + 1).startsWith("NNP")) {
                int j = end + 1;
                while (j < limit && pos(j).startsWith("NNP")) {
                    j++;
                }
                if (j < limit && !isComma(j) && !pos(j).equals(".")) {
                    break;
                }
                end = j;
            } else {
                break;
            }
        }
        return new Phrase(i, end);
    }

    /** A participle between a determiner or adjective and a noun: "registered voters", "the leading candidate". */
    private boolean modifier(int i, int limit) {
        return (pos(i).equals("VBN") || pos(i).equals("VBG")) && i > 0 && i + 1 < limit && NOMINAL.contains(pos(i - 1))
                && !pos(i - 1).equals("POS") && (isNoun(i + 1) || pos(i + 1).startsWith("JJ"));
    }

    /** A hyphen inside a word ("81-year-old"), not a dash between words. */
    private boolean joins(int i) {
        return i > 0 && i + 1 < size() && span(i - 1).end() == span(i).start() && span(i).end() == span(i + 1).start();
    }

    /** The token after the ")" closing a short parenthesis opened at {@code open}, or -1. */
    private int closing(int open, int limit) {
        for (int j = open + 1; j < limit && j < open + 8; j++) {
            if (pos(j).equals("-RRB-")) {
                return j + 1;
            }
        }
        return -1;
    }

    private int core(int i, int limit) {
        int j = i;
        // A number leads a phrase of its own: "52 percent", "Six in 10".
        boolean noun = pos(i).equals("CD");
        while (j < limit && (NOMINAL.contains(pos(j)) && (!pos(j).equals("HYPH") || joins(j)) || modifier(j, limit))) {
            noun |= isNoun(j);
            j++;
        }
        return noun ? j : -1;
    }

    /** A dash, tagged ":" or "SYM" by the tagger. */
    boolean isDash(int i) {
        return form(i).equals("–") || form(i).equals("—") || form(i).equals("-") && (pos(i).equals(":") || pos(i).equals("SYM"));
    }

    /**
     * The phrase cut before a determiner that follows a noun in it: "told reporters the board had …"
     * ran two noun phrases together.
     */
    Phrase untilNextDeterminer(Phrase p) {
        boolean noun = false;
        for (int j = p.first(); j < p.end(); j++) {
            if (noun && (pos(j).equals("DT") || pos(j).equals("PRP$"))) {
                return new Phrase(p.first(), j);
            }
            noun |= isNoun(j);
        }
        return p;
    }

    /** The noun phrase ending right before the verb ("the official said"), or null. */
    Phrase subjectBefore(int verb) {
        int start = sentenceStart(verb);
        for (int first = start; first < verb; first++) {
            // A dash ends a dateline: "KORSOVA (Wire) – The minister said …".
            // "when she said", "while Ramos said", "which he said": a subordinate clause starts too.
            boolean clauseStart = first == start || isComma(first - 1) || isQuoteMark(first - 1) || pos(first - 1).equals("CC")
                    || isDash(first - 1) || pos(first - 1).startsWith("W") || pos(first - 1).equals("IN");
            if (!clauseStart) {
                continue;
            }
            Phrase p = nounPhraseAt(first);
            if (p == null && pos(first).equals("RB") && first + 1 < verb) {
                Phrase rest = nounPhraseAt(first + 1); // "Nearly half said"
                p = rest == null ? null : new Phrase(first, rest.end());
            }
            int end = p == null ? -1 : p.end();
            while (end >= 0 && end < verb && pos(end).equals("RB")) {
                end++;
            }
            if (end == verb) {
                return p;
            }
        }
        return null;
    }

    /** Entity mentions inside a phrase. */
    List<EntityMention> entitiesIn(Phrase p) {
        return entities.stream().filter(e -> e.firstToken() >= p.first() && e.endToken() <= p.end()).toList();
    }

    /** A half-open token range. */
    record Phrase(int first, int end) {
    }
}
