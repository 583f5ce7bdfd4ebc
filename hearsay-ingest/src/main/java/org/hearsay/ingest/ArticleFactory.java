package org.hearsay.ingest;

import java.util.List;

import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Section;

/** The one place articles are made, so every reader derives ids the same way. */
final class ArticleFactory {
    private ArticleFactory() {
    }

    /**
     * The source's URL (a WARC target, a feed item's link) wins over the one the document
     * names itself; language is left to {@link LanguageIdentifier}.
     */
    static Article create(Source source, Metadata meta, String text, List<Section> sections) {
        String url = source.url() != null ? source.url() : meta.url();
        return new Article(ContentHash.of(text), source.origin(), source.format(), url, meta.outlet(),
                meta.title(), meta.byline(), meta.published(), null, text, sections);
    }
}
