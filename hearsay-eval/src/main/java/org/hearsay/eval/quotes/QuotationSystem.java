package org.hearsay.eval.quotes;

import java.util.List;
import org.hearsay.core.model.Article;

/** A system under test: finds the quotations of an article. Not required to be thread-safe. */
public interface QuotationSystem {
    String name();

    List<PredictedQuotation> predict(Article article) throws Exception;

    /** What the report should say about the run (counts, fallbacks); empty when nothing. */
    default String remarks() {
        return "";
    }
}
