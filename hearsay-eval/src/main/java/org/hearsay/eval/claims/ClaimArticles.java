package org.hearsay.eval.claims;

import java.util.List;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.Section;
import org.hearsay.core.model.SectionKind;
import org.hearsay.core.model.Span;

/**
 * Builds the article a gold paragraph is analysed as: the paragraph unchanged as its only section,
 * its outlet, and its publication day at midnight without a zone, so that "bis Freitag" and
 * "by the end of the year" resolve against the day the annotator had in mind.
 */
public final class ClaimArticles {
    private ClaimArticles() {
    }

    public static Article of(GoldParagraph paragraph) {
        String text = paragraph.text();
        PublicationTime published = new PublicationTime(paragraph.published().atStartOfDay(), null,
                paragraph.published().toString());
        return new Article(ContentHash.of(text), "claims-gold/" + paragraph.id(), "text", null, paragraph.outlet(),
                null, null, published, paragraph.language(), text,
                List.of(new Section(SectionKind.PARAGRAPH, new Span(0, text.length()))));
    }
}
