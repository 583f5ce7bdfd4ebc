package org.hearsay.core.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;

/**
 * The sentences that hold an attributed statement: every sentence touched by a quotation's
 * content, cue, frame, speaker or addressee. A multi-sentence quote marks each of its sentences.
 */
public final class AttributedSentences {
    private AttributedSentences() {
    }

    /** Sentence indices, as a bit set over {@code analysis.get(Layers.SENTENCES)}. */
    public static BitSet of(Analysis analysis) {
        List<Sentence> sentences = analysis.get(Layers.SENTENCES);
        BitSet marked = new BitSet(sentences.size());
        for (Quotation quotation : analysis.get(Layers.QUOTATIONS)) {
            for (Span span : spansOf(quotation)) {
                mark(sentences, span, marked);
            }
        }
        return marked;
    }

    private static List<Span> spansOf(Quotation q) {
        List<Span> spans = new ArrayList<>(q.content());
        for (Span role : new Span[] {q.cue(), q.frame(), q.speaker(), q.addressee()}) {
            if (role != null) {
                spans.add(role);
            }
        }
        return spans;
    }

    /** Sentences are in text order, so the first one ending after the span's start is found by bisection. */
    private static void mark(List<Sentence> sentences, Span span, BitSet marked) {
        int low = 0;
        int high = sentences.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).span().end() <= span.start()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i = low; i < sentences.size() && sentences.get(i).span().start() < span.end(); i++) {
            if (sentences.get(i).span().overlaps(span)) {
                marked.set(i);
            }
        }
    }
}
