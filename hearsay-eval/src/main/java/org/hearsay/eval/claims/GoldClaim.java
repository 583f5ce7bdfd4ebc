package org.hearsay.eval.claims;

import org.hearsay.core.model.Claim.ConditionKind;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Claim.Orientation;
import org.hearsay.core.model.Claim.Polarity;
import org.hearsay.core.model.Span;

/**
 * One claim of the gold set, as an annotator wrote it down (see the annotation guidelines in
 * {@code org/hearsay/eval/claims/README.md}).
 *
 * @param evidence      where the claim's core words stand in the paragraph
 * @param holder        words the holder's name or description contains ("Keller", "Regierungskreis"),
 *                      or null when the article asserts the claim itself
 * @param modality      what kind of statement it is
 * @param polarity      whether it asserts or negates its proposition
 * @param orientation   which time it speaks about
 * @param conditionKind the kind of condition it is tied to, or null for none
 * @param conditionCue  the words introducing the condition, in lower case ("solange", "only after"),
 *                      or null for none
 * @param deadline      the last day (ISO date) set with bis/vor/spätestens/by/before/until, or null
 * @param trackable     true for a forward-looking claim someone can later judge
 */
public record GoldClaim(Span evidence, String holder, Modality modality, Polarity polarity, Orientation orientation,
                        ConditionKind conditionKind, String conditionCue, String deadline, boolean trackable) {

    public GoldClaim {
        if ((conditionKind == null) != (conditionCue == null)) {
            throw new IllegalArgumentException("a condition needs both its kind and its cue");
        }
    }

    /** True when the article itself asserts the claim. */
    public boolean byArticle() {
        return holder == null;
    }
}
