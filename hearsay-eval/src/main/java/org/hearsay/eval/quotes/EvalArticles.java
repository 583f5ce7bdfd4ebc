package org.hearsay.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Section;
import org.hearsay.core.model.SectionKind;
import org.hearsay.core.model.Span;

/**
 * Builds the article every system is given for a corpus document: the corpus text unchanged (so
 * that predicted offsets are corpus offsets), no title, one paragraph section per non-empty line.
 */
public final class EvalArticles {
    private EvalArticles() {
    }

    public static Article of(String origin, String language, String text) {
        return new Article(ContentHash.of(text), origin, "text", null, null, null, null, null, language, text,
                paragraphs(text));
    }

    static List<Section> paragraphs(String text) {
        List<Section> sections = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (!text.substring(start, end).isBlank()) {
                sections.add(new Section(SectionKind.PARAGRAPH, new Span(start, end)));
            }
            start = end + 1;
        }
        return sections;
    }
}
