package org.hearsay.core.claims;

/**
 * How sure the extraction is of a claim (not how sure its holder is), from 1.0 down:
 * <ul>
 * <li>−0.1 when no cue word gave the modality (it was inferred from tense, or is a plain statement)</li>
 * <li>−0.15 for a quotation without a reporting cue (free indirect continuations)</li>
 * <li>−0.25 for a quotation whose speaker was not resolved to a source</li>
 * <li>−0.1 for a quote mark that was never closed</li>
 * <li>−0.1 for the article's words left over around a quotation, which may still be reporting</li>
 * </ul>
 * Never below 0.1; rounded to two decimals.
 */
final class ExtractionConfidence {
    private ExtractionConfidence() {
    }

    static double of(boolean cueWord, boolean quotation, boolean reportingCue, boolean resolvedHolder, boolean unclosed,
                     boolean remainder) {
        double c = 1.0;
        if (!cueWord) {
            c -= 0.1;
        }
        if (quotation && !reportingCue) {
            c -= 0.15;
        }
        if (quotation && !resolvedHolder) {
            c -= 0.25;
        }
        if (unclosed) {
            c -= 0.1;
        }
        if (remainder) {
            c -= 0.1;
        }
        return Math.round(Math.max(0.1, c) * 100) / 100.0;
    }
}
