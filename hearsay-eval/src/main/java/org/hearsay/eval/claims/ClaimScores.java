package org.hearsay.eval.claims;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Claim.Modality;

/**
 * Claim detection and field agreement over a set of paragraphs.
 *
 * @param paragraphs how many paragraphs were scored
 * @param gold       gold claims
 * @param predicted  predicted claims
 * @param matched    gold claims paired with a prediction
 * @param correct    per field, on how many matched pairs it agrees
 * @param confusion  gold modality → predicted modality → count, over matched pairs
 * @param errors     every disagreement, in paragraph order
 */
public record ClaimScores(int paragraphs, int gold, int predicted, int matched, Map<ClaimField, Integer> correct,
                          Map<Modality, Map<Modality, Integer>> confusion, List<ClaimError> errors) {

    public ClaimScores {
        correct = Map.copyOf(correct);
        Map<Modality, Map<Modality, Integer>> copy = new EnumMap<>(Modality.class);
        confusion.forEach((g, row) -> copy.put(g, Map.copyOf(row)));
        confusion = Map.copyOf(copy);
        errors = List.copyOf(errors);
    }

    /** Matched over predicted; 0 when nothing was predicted. */
    public double precision() {
        return ratio(matched, predicted);
    }

    /** Matched over gold; 0 when there is no gold claim. */
    public double recall() {
        return ratio(matched, gold);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of matched pairs on which the field agrees; NaN when nothing matched. */
    public double accuracy(ClaimField field) {
        return matched == 0 ? Double.NaN : (double) correct.getOrDefault(field, 0) / matched;
    }

    /** How many matched pairs had this gold and this predicted modality. */
    public int confused(Modality gold, Modality predicted) {
        return confusion.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }

    /** These scores and another's together, as if scored in one run. */
    public ClaimScores plus(ClaimScores other) {
        Map<ClaimField, Integer> sum = new EnumMap<>(ClaimField.class);
        for (ClaimField field : ClaimField.values()) {
            sum.put(field, correct.getOrDefault(field, 0) + other.correct.getOrDefault(field, 0));
        }
        Map<Modality, Map<Modality, Integer>> table = new EnumMap<>(Modality.class);
        for (Modality g : Modality.values()) {
            Map<Modality, Integer> row = new EnumMap<>(Modality.class);
            for (Modality p : Modality.values()) {
                int n = confused(g, p) + other.confused(g, p);
                if (n > 0) {
                    row.put(p, n);
                }
            }
            table.put(g, row);
        }
        List<ClaimError> all = new ArrayList<>(errors);
        all.addAll(other.errors);
        return new ClaimScores(paragraphs + other.paragraphs, gold + other.gold, predicted + other.predicted,
                matched + other.matched, sum, table, all);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
