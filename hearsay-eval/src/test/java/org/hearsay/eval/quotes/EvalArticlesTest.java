package org.hearsay.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Section;
import org.hearsay.core.model.SectionKind;
import org.hearsay.core.model.Span;
import org.junit.jupiter.api.Test;

class EvalArticlesTest {

    @Test
    void oneParagraphPerNonEmptyLineAndNoTitle() {
        String text = "Erster Absatz.\n\n  \nZweiter.\n";
        Article article = EvalArticles.of("doc.json", "de", text);
        assertEquals(ContentHash.of(text), article.id());
        assertEquals("de", article.language());
        assertNull(article.title());
        assertEquals(text, article.text());
        assertEquals(List.of(new Section(SectionKind.PARAGRAPH, new Span(0, 14)),
                new Section(SectionKind.PARAGRAPH, new Span(19, 27))), article.sections());
    }
}
