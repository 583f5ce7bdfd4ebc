package org.hearsay.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Span;

/**
 * A deliberately trivial reference system that checks the scorer end to end: every span between
 * quotation marks, marks included (as the corpus annotates direct quotes), is a Direct quotation
 * with no speaker, cue, frame, addressee or medium. Pairs recognised: „…“ (German), “…” (English),
 * »…« and "…" (straight marks pair up in order). A quotation does not cross a line break, so an
 * opening mark left unclosed in its paragraph is ignored; marks inside an open quotation are text.
 */
public final class QuoteMarksBaseline implements QuotationSystem {
    private static final String OPENING = "„“»\"";

    @Override
    public String name() {
        return "quotation marks baseline";
    }

    @Override
    public List<PredictedQuotation> predict(Article article) {
        return find(article.text()).stream()
                .map(span -> new PredictedQuotation(QuoteType.DIRECT, null, Map.of(Role.QUOTE, List.of(span))))
                .toList();
    }

    static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char open = text.charAt(i);
            if (OPENING.indexOf(open) >= 0) {
                int close = closing(text, i + 1, closingMark(open));
                if (close >= 0) {
                    spans.add(new Span(i, close + 1));
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return spans;
    }

    private static char closingMark(char open) {
        return switch (open) {
            case '„' -> '“';
            case '“' -> '”';
            case '»' -> '«';
            default -> '"';
        };
    }

    /** Index of the closing mark before the next line break, or -1. */
    private static int closing(String text, int from, char mark) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == mark) {
                return j;
            }
            if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
