package org.hearsay.ingest;

import org.hearsay.core.InputException;
import org.hearsay.core.model.Article;

/** Passes articles on with their language identified, so no reader has to do it itself. */
final class LanguageTagging implements ArticleSink {
    private final LanguageIdentifier languages;
    private final ArticleSink next;

    LanguageTagging(LanguageIdentifier languages, ArticleSink next) {
        this.languages = languages;
        this.next = next;
    }

    @Override
    public void article(Article article) {
        next.article(article.withLanguage(languages.identify(article.text())));
    }

    @Override
    public void failure(InputException problem) {
        next.failure(problem);
    }
}
