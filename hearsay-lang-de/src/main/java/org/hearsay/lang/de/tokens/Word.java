package org.hearsay.lang.de.tokens;

import org.hearsay.core.model.Span;

/**
 * One syntactic word as the segmenter found it, before tagging.
 *
 * @param span       surface characters in the article text (shared by the parts of a contraction)
 * @param form       the word: its surface, or for a part of a split contraction ("zum" → "zu",
 *                   "dem") the part
 * @param contracted whether it is one part of a split contraction
 */
record Word(Span span, String form, boolean contracted) {
}
