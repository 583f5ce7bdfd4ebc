package org.hearsay.lang.en.quotes;

import java.util.List;
import org.hearsay.core.model.Quotation.Medium;
import org.hearsay.core.model.Quotation.Type;
import org.hearsay.core.model.Span;
import org.hearsay.lang.en.quotes.EnglishWords.Phrase;

/** A quotation found in the text, its speaker (null when the text names none) not yet resolved to a source. */
record Attribution(Type type, List<Span> content, Span cue, String cueLemma, Span frame, Phrase speaker, Span addressee,
                   Medium medium, boolean unclosed) {
    Attribution {
        content = List.copyOf(content);
    }
}
