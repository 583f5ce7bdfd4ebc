package org.hearsay.lang.de.quotes;

import java.util.List;
import org.hearsay.core.model.Quotation.Medium;
import org.hearsay.core.model.Quotation.Type;
import org.hearsay.core.model.Span;

/**
 * A quotation found in the text whose speaker is not yet resolved to a source.
 *
 * @param type        how it is rendered
 * @param content     the reported words
 * @param cue         the cue's span, or null
 * @param cueLemma    the cue's base form, or null
 * @param frame       the reporting clause, or null
 * @param speaker     the tokens naming the speaker, or null where the text names none ("heißt es")
 * @param addressee   whom it was said to, or null
 * @param medium      speech, writing, thought or null
 * @param unclosed    whether a quote mark was left open
 * @param pluralVerb  whether the reporting verb is plural (a group speaks)
 */
record Candidate(Type type, List<Span> content, Span cue, String cueLemma, Span frame, Phrase speaker, Span addressee,
                 Medium medium, boolean unclosed, boolean pluralVerb) {

    Candidate {
        content = List.copyOf(content);
    }
}
