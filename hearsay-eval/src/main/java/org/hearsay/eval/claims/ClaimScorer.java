package org.hearsay.eval.claims;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Span;

/** Adds up {@link ClaimScores} paragraph by paragraph. */
public final class ClaimScorer {
    private int paragraphs;
    private int gold;
    private int predicted;
    private int matched;
    private final Map<ClaimField, Integer> correct = new EnumMap<>(ClaimField.class);
    private final Map<Modality, Map<Modality, Integer>> confusion = new EnumMap<>(Modality.class);
    private final List<ClaimError> errors = new ArrayList<>();

    /** Scores one paragraph's predicted claims against its gold claims. */
    public void add(GoldParagraph paragraph, List<PredictedClaim> predictions) {
        List<GoldClaim> claims = paragraph.claims();
        int[] pairing = ClaimMatcher.match(claims.stream().map(GoldClaim::evidence).toList(),
                predictions.stream().map(p -> p.claim().span()).toList());
        boolean[] paired = new boolean[predictions.size()];
        for (int g = 0; g < claims.size(); g++) {
            GoldClaim claim = claims.get(g);
            String words = claim.evidence().of(paragraph.text());
            if (pairing[g] < 0) {
                String what = ClaimField.MODALITY.gold(claim) + " (" + ClaimField.HOLDER.gold(claim) + ")";
                errors.add(new ClaimError(paragraph.id(), ClaimError.MISSED, what, "-", words));
                continue;
            }
            paired[pairing[g]] = true;
            compare(paragraph.id(), claim, predictions.get(pairing[g]), words);
        }
        for (int p = 0; p < predictions.size(); p++) {
            if (!paired[p]) {
                PredictedClaim spurious = predictions.get(p);
                String what = ClaimField.MODALITY.predicted(spurious) + " (" + ClaimField.HOLDER.predicted(spurious) + ")";
                Span span = spurious.claim().span();
                errors.add(new ClaimError(paragraph.id(), ClaimError.SPURIOUS, "-", what,
                        span == null ? "" : span.of(paragraph.text())));
            }
        }
        paragraphs++;
        gold += claims.size();
        predicted += predictions.size();
    }

    private void compare(String paragraph, GoldClaim claim, PredictedClaim prediction, String words) {
        matched++;
        for (ClaimField field : ClaimField.values()) {
            if (field.agrees(claim, prediction)) {
                correct.merge(field, 1, Integer::sum);
            } else {
                errors.add(new ClaimError(paragraph, field.label(), field.gold(claim), field.predicted(prediction), words));
            }
        }
        Modality predictedModality = prediction.claim().modality();
        if (predictedModality != null) {
            confusion.computeIfAbsent(claim.modality(), m -> new EnumMap<>(Modality.class))
                    .merge(predictedModality, 1, Integer::sum);
        }
    }

    public ClaimScores scores() {
        return new ClaimScores(paragraphs, gold, predicted, matched, correct, confusion, errors);
    }
}
