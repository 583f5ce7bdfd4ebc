package org.hearsay.eval.quotes;

/**
 * Micro precision/recall/F1 of a label (type or medium) over all quotations: a label is correct
 * when a gold and a predicted quotation are paired and carry the same label; every predicted and
 * every gold quotation counts in the denominators, paired or not (a missing label is wrong).
 */
public record LabelScore(int correct, int predicted, int gold) {
    public static final LabelScore ZERO = new LabelScore(0, 0, 0);

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
        return predicted + gold == 0 ? 0 : 2.0 * correct / (predicted + gold);
    }

    LabelScore plus(int correct, int predicted, int gold) {
        return new LabelScore(this.correct + correct, this.predicted + predicted, this.gold + gold);
    }
}
