package org.hearsay.ingest;

import org.hearsay.core.InputException;
import org.hearsay.core.model.Article;

/**
 * Receives what a reader finds, in input order: each article, and each problem with one input
 * or one item inside it. A reader never throws for bad input; it reports here and goes on.
 */
public interface ArticleSink {
    void article(Article article);

    void failure(InputException problem);
}
