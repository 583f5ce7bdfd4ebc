package org.hearsay.eval.claims;

/**
 * The gold set of one language, scored, or skipped with the reason.
 *
 * @param language     ISO 639-1 code
 * @param scores       the scores, or null when skipped
 * @param withoutLayer paragraphs whose analysis had no claims layer (a pack without a claims stage)
 * @param seconds      time to analyse and score all paragraphs, model loading included
 * @param skipped      why the language was not scored, or null
 */
public record LanguageRun(String language, ClaimScores scores, int withoutLayer, double seconds, String skipped) {

    static LanguageRun skipped(String language, String reason) {
        return new LanguageRun(language, null, 0, 0, reason);
    }
}
