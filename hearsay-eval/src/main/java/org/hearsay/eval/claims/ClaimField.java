package org.hearsay.eval.claims;

import java.util.Locale;
import org.hearsay.core.model.Claim;

/** The properties of a claim compared on every matched pair, each with its own test of agreement. */
public enum ClaimField {
    HOLDER("holder"),
    MODALITY("modality"),
    POLARITY("polarity"),
    ORIENTATION("orientation"),
    CONDITION("condition"),
    CUE("cue"),
    DEADLINE("deadline"),
    TRACKABLE("trackable");

    private static final String NONE = "none";

    private final String label;

    ClaimField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * True when the prediction has the gold value. The holder agrees when both are the article, or
     * when the predicted holder's name or one of its mentions contains the gold holder's words
     * (case ignored); every other field when the values printed by {@link #gold} and
     * {@link #predicted} are equal.
     */
    public boolean agrees(GoldClaim gold, PredictedClaim predicted) {
        if (this == HOLDER) {
            if (gold.byArticle() || predicted.byArticle()) {
                return gold.byArticle() && predicted.byArticle();
            }
            String wanted = gold.holder().toLowerCase(Locale.ROOT);
            return predicted.holderNames().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(wanted));
        }
        return gold(gold).equals(predicted(predicted));
    }

    /** The gold value as the report prints it. */
    public String gold(GoldClaim gold) {
        return switch (this) {
            case HOLDER -> gold.byArticle() ? ClaimGold.ARTICLE : gold.holder();
            case MODALITY -> gold.modality().name();
            case POLARITY -> gold.polarity().name();
            case ORIENTATION -> gold.orientation().name();
            case CONDITION -> gold.conditionKind() == null ? NONE : gold.conditionKind().name();
            case CUE -> gold.conditionCue() == null ? NONE : gold.conditionCue();
            case DEADLINE -> gold.deadline() == null ? NONE : gold.deadline();
            case TRACKABLE -> String.valueOf(gold.trackable());
        };
    }

    /** The predicted value as the report prints it. */
    public String predicted(PredictedClaim predicted) {
        Claim claim = predicted.claim();
        Claim.Condition condition = claim.condition();
        return switch (this) {
            case HOLDER -> predicted.byArticle() ? ClaimGold.ARTICLE : predicted.holderNames().getFirst();
            case MODALITY -> String.valueOf(claim.modality());
            case POLARITY -> String.valueOf(claim.polarity());
            case ORIENTATION -> String.valueOf(claim.orientation());
            case CONDITION -> condition == null || condition.kind() == null ? NONE : condition.kind().name();
            case CUE -> condition == null || condition.cue() == null ? NONE : cue(condition.cue());
            case DEADLINE -> claim.time() == null || claim.time().deadline() == null ? NONE : claim.time().deadline();
            case TRACKABLE -> String.valueOf(claim.trackable());
        };
    }

    /** Lower case and single spaces, as the gold cues are written. */
    private static String cue(String words) {
        return words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
