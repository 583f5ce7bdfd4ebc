package org.hearsay.lang.de.quotes;

import java.util.List;

/**
 * The sources a reporting clause cites for what it reports: "…, berichtet das Portal X unter
 * Berufung auf zwei mit den Verhandlungen vertraute Personen". The report is then theirs, passed
 * on by the clause's subject.
 */
final class CitedSources {
    /**
     * A citing phrase ("unter Berufung auf", tokens [cueFirst, cueEnd)) and the sources it names,
     * with the noun that says what they are ("Personen").
     */
    record Citation(int cueFirst, int cueEnd, Phrase cited, int head) {
    }

    private final Words w;
    private final QuoteLexicon lexicon;

    CitedSources(Words words, QuoteLexicon lexicon) {
        this.w = words;
        this.lexicon = lexicon;
    }

    /**
     * The citation starting at token {@code i}, or null. The cited sources reach to the next comma
     * or the end of the sentence: they often carry an attribute that a noun phrase of simple
     * words does not cover ("zwei mit den Verhandlungen vertraute Personen"); their head is the
     * last noun.
     */
    Citation at(int i) {
        if (i < 0 || i >= w.size()) {
            return null;
        }
        int limit = w.sentenceEnd(i);
        for (List<String> words : lexicon.citingPhrases()) {
            int from = i + words.size();
            if (from >= limit || !matches(words, i)) {
                continue;
            }
            int end = from;
            int head = -1;
            while (end < limit && !w.isComma(end) && !w.pos(end).equals("$.")) {
                head = w.isNoun(end) || w.pos(end).equals("NE") ? end : head;
                end++;
            }
            return head < 0 ? null : new Citation(i, from, new Phrase(from, head + 1), head);
        }
        return null;
    }

    private boolean matches(List<String> words, int at) {
        for (int k = 0; k < words.size(); k++) {
            if (!w.is(at + k, words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
