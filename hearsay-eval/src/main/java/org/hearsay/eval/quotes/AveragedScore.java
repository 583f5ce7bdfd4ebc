package org.hearsay.eval.quotes;

/**
 * Precision and recall averaged over quotations: the per-pair precisions summed over all
 * predicted quotations (an unpaired prediction adds 0), the per-pair recalls summed over all gold
 * quotations (an unpaired gold quotation adds 0).
 *
 * @param precisionSum sum of the paired predictions' precisions
 * @param predicted    predicted quotations, paired or not
 * @param recallSum    sum of the paired gold quotations' recalls
 * @param gold         gold quotations, paired or not
 */
public record AveragedScore(double precisionSum, int predicted, double recallSum, int gold) {
    public static final AveragedScore ZERO = new AveragedScore(0, 0, 0, 0);

    /** 0 when nothing was predicted. */
    public double precision() {
        return predicted == 0 ? 0 : precisionSum / predicted;
    }

    /** 0 when there is no gold quotation. */
    public double recall() {
        return gold == 0 ? 0 : recallSum / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    AveragedScore pair(double precision, double recall) {
        return new AveragedScore(precisionSum + precision, predicted + 1, recallSum + recall, gold + 1);
    }

    AveragedScore predictionOnly(double precision) {
        return new AveragedScore(precisionSum + precision, predicted + 1, recallSum, gold);
    }

    AveragedScore goldOnly(double recall) {
        return new AveragedScore(precisionSum, predicted, recallSum + recall, gold + 1);
    }

    AveragedScore plus(AveragedScore other) {
        return new AveragedScore(precisionSum + other.precisionSum, predicted + other.predicted,
                recallSum + other.recallSum, gold + other.gold);
    }
}
