package org.hearsay.eval.ner;

/**
 * Chunk counts for one entity type (or all of them, micro-averaged).
 *
 * @param gold      gold chunks of the type
 * @param predicted predicted chunks of the type
 * @param correct   predicted chunks whose type and exact token span match a gold chunk
 */
public record TypeScore(String type, int gold, int predicted, int correct) {

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
