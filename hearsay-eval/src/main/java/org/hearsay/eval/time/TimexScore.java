package org.hearsay.eval.time;

import java.util.List;

/**
 * TempEval-3 entity scores of one system on one corpus: strict (same span) and relaxed (overlapping)
 * precision, recall and F1, and type and value accuracy over the relaxed matches; attribute F1 is
 * accuracy × relaxed F1, as in the official scorer.
 *
 * @param system       system name
 * @param corpus       corpus name
 * @param documents    documents scored
 * @param characters   characters of plain text tagged
 * @param gold         gold TIMEX3
 * @param predicted    system TIMEX3
 * @param strict       pairs with the same span
 * @param relaxed      pairs with overlapping spans (one-to-one)
 * @param typeCorrect  relaxed pairs with the gold type
 * @param valueCorrect relaxed pairs with the gold value
 * @param seconds      tagging time, whole pipeline, one thread, warm
 * @param ownSeconds   time of the time component alone (Hearsay's time stage), or the whole time when not separable
 * @param errors       the disagreements
 */
public record TimexScore(String system, String corpus, int documents, long characters, int gold, int predicted, int strict,
                         int relaxed, int typeCorrect, int valueCorrect, double seconds, double ownSeconds,
                         List<TimexError> errors) {
    public TimexScore {
        errors = List.copyOf(errors);
    }

    public double strictPrecision() {
        return ratio(strict, predicted);
    }

    public double strictRecall() {
        return ratio(strict, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return ratio(relaxed, predicted);
    }

    public double relaxedRecall() {
        return ratio(relaxed, gold);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    public double typeAccuracy() {
        return ratio(typeCorrect, relaxed);
    }

    public double valueAccuracy() {
        return ratio(valueCorrect, relaxed);
    }

    public double typeF1() {
        return typeAccuracy() * relaxedF1();
    }

    public double valueF1() {
        return valueAccuracy() * relaxedF1();
    }

    /** Count of errors in a category. */
    public long count(String category) {
        return errors.stream().filter(e -> e.category().equals(category)).count();
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
