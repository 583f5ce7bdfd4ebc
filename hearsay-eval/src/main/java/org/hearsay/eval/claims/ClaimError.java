package org.hearsay.eval.claims;

/**
 * One disagreement with the gold set, for {@code --errors}.
 *
 * @param paragraph the paragraph's id
 * @param kind      "missed" (a gold claim nothing matched), "spurious" (a prediction matching no gold
 *                  claim) or the label of the field that differs
 * @param gold      the gold value; for a missed claim its modality and holder, for a spurious one "-"
 * @param predicted the predicted value; for a spurious claim its modality and holder, for a missed one "-"
 * @param words     the gold evidence, or for a spurious claim the predicted span's text
 */
public record ClaimError(String paragraph, String kind, String gold, String predicted, String words) {
    static final String MISSED = "missed";
    static final String SPURIOUS = "spurious";

    public String toText() {
        return paragraph + "  " + kind + ": gold " + gold + ", predicted " + predicted + "  «" + words + "»";
    }
}
