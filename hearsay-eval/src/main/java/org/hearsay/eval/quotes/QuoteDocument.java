package org.hearsay.eval.quotes;

import java.util.List;
import org.hearsay.core.model.Span;

/**
 * One article of the German Wikinews quotation corpus with its annotations.
 *
 * @param file         file name relative to the split folder (predictions are written under the same name)
 * @param documentName the corpus's {@code documentName}
 * @param originalText the article text all offsets point into
 */
public record QuoteDocument(String file, String documentName, String originalText, List<CorpusSentence> sentences,
                            List<CorpusToken> tokens, List<CorpusQuotation> quotations) {
    public QuoteDocument {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        quotations = List.copyOf(quotations);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).id() != i) {
                throw new IllegalArgumentException(file + ": token " + i + " has id " + tokens.get(i).id());
            }
        }
    }

    public TokenIndex tokenIndex() {
        return new TokenIndex(tokens.stream().map(t -> new Span(t.charBegin(), t.charEnd())).toList());
    }

    public List<TokenQuotation> gold() {
        return quotations.stream().map(CorpusQuotation::toTokens).toList();
    }

    public QuoteDocument withQuotations(List<CorpusQuotation> replacement) {
        return new QuoteDocument(file, documentName, originalText, sentences, tokens, replacement);
    }
}
