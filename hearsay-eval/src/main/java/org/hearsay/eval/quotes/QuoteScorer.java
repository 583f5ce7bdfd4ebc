package org.hearsay.eval.quotes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The quotation metric of Petersen-Frey and Biemann (2024), reimplemented from its description
 * (their eval.py was not available), accumulated over documents.
 * <ol>
 * <li>Within a document, gold and predicted quotations are paired one-to-one by linear-sum
 * assignment maximising the token F1 of the two quote spans; agreeing type and agreeing medium
 * each add a little, which only decides between pairings of equal F1 (rounded to 10⁻⁶).</li>
 * <li>An assigned pair whose quote spans share no token is no pair: both count as unpaired.</li>
 * <li>Per pair, token precision and recall per role ({@link Overlap}, including its convention
 * for empty roles); "roles" and "joint" pool the token counts of their roles within the pair.</li>
 * <li>Precision is averaged over all predicted quotations and recall over all gold quotations of
 * the corpus (micro over documents); an unpaired one contributes 0 ({@link AveragedScore}).</li>
 * <li>Type and medium: {@link LabelScore}.</li>
 * </ol>
 */
public final class QuoteScorer {
    /** F1 is compared to 10⁻⁶; the two tie-breakers must not add up to one step of that. */
    private static final double F1_STEPS = 1e6;
    private static final int TIE_WEIGHT = 3;

    private final List<Role> annotated;
    private final List<Role> others;
    private int documents;
    private int gold;
    private int predicted;
    private int paired;
    private final Map<Role, AveragedScore> perRole = new EnumMap<>(Role.class);
    private AveragedScore roles = AveragedScore.ZERO;
    private AveragedScore joint = AveragedScore.ZERO;
    private LabelScore type = LabelScore.ZERO;
    private LabelScore medium = LabelScore.ZERO;
    private final Map<QuoteType, AveragedScore> messagesByType = new EnumMap<>(QuoteType.class);
    private final Map<QuoteType, AveragedScore> jointByType = new EnumMap<>(QuoteType.class);

    /** @param annotated the roles the corpus annotates; must include {@link Role#QUOTE} */
    public QuoteScorer(List<Role> annotated) {
        if (!annotated.contains(Role.QUOTE)) {
            throw new IllegalArgumentException("the quote role is what pairs quotations");
        }
        this.annotated = List.copyOf(annotated);
        this.others = annotated.stream().filter(r -> r != Role.QUOTE).toList();
        for (Role role : annotated) {
            perRole.put(role, AveragedScore.ZERO);
        }
    }

    /** A gold index paired with a predicted index. */
    public record Pair(int gold, int predicted) {
    }

    /** The pairs of one document, as described in the class comment (steps 1 and 2). */
    public static List<Pair> pair(List<TokenQuotation> gold, List<TokenQuotation> predicted) {
        double[][] score = new double[gold.size()][predicted.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                score[g][p] = pairScore(gold.get(g), predicted.get(p));
            }
        }
        int[] assigned = Hungarian.maximise(score);
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < assigned.length; g++) {
            int p = assigned[g];
            if (p >= 0 && quoteOverlap(gold.get(g), predicted.get(p)).overlap() > 0) {
                pairs.add(new Pair(g, p));
            }
        }
        return pairs;
    }

    /** Integral, so that the assignment is exact: F1 in millionths, then the tie-breakers. */
    static double pairScore(TokenQuotation g, TokenQuotation p) {
        long f1 = Math.round(quoteOverlap(g, p).f1() * F1_STEPS);
        int ties = (agree(g.type(), p.type()) ? 1 : 0) + (agree(g.medium(), p.medium()) ? 1 : 0);
        return f1 * TIE_WEIGHT + ties;
    }

    private static Overlap quoteOverlap(TokenQuotation g, TokenQuotation p) {
        return Overlap.of(g.tokens(Role.QUOTE), p.tokens(Role.QUOTE));
    }

    private static boolean agree(Object gold, Object predicted) {
        return gold != null && Objects.equals(gold, predicted);
    }

    /** Scores one document. */
    public void add(List<TokenQuotation> goldQuotations, List<TokenQuotation> predictions) {
        documents++;
        gold += goldQuotations.size();
        predicted += predictions.size();
        List<Pair> pairs = pair(goldQuotations, predictions);
        boolean[] goldPaired = new boolean[goldQuotations.size()];
        boolean[] predictionPaired = new boolean[predictions.size()];
        int typeCorrect = 0;
        int mediumCorrect = 0;
        for (Pair pair : pairs) {
            TokenQuotation g = goldQuotations.get(pair.gold());
            TokenQuotation p = predictions.get(pair.predicted());
            goldPaired[pair.gold()] = true;
            predictionPaired[pair.predicted()] = true;
            paired++;
            addPair(g, p);
            typeCorrect += agree(g.type(), p.type()) ? 1 : 0;
            mediumCorrect += agree(g.medium(), p.medium()) ? 1 : 0;
        }
        for (int i = 0; i < goldQuotations.size(); i++) {
            if (!goldPaired[i]) {
                addUnpairedGold(goldQuotations.get(i));
            }
        }
        for (int i = 0; i < predictions.size(); i++) {
            if (!predictionPaired[i]) {
                addUnpairedPrediction(predictions.get(i));
            }
        }
        type = type.plus(typeCorrect, predictions.size(), goldQuotations.size());
        medium = medium.plus(mediumCorrect, predictions.size(), goldQuotations.size());
    }

    private void addPair(TokenQuotation g, TokenQuotation p) {
        Map<Role, Overlap> overlaps = new EnumMap<>(Role.class);
        for (Role role : annotated) {
            Overlap o = Overlap.of(g.tokens(role), p.tokens(role));
            overlaps.put(role, o);
            perRole.put(role, perRole.get(role).pair(o.precision(), o.recall()));
        }
        Overlap pooledRoles = Overlap.sum(others.stream().map(overlaps::get).toList());
        Overlap pooledJoint = Overlap.sum(overlaps.values());
        roles = roles.pair(pooledRoles.precision(), pooledRoles.recall());
        joint = joint.pair(pooledJoint.precision(), pooledJoint.recall());
        Overlap quote = overlaps.get(Role.QUOTE);
        if (g.type() != null) {
            messagesByType.merge(g.type(), AveragedScore.ZERO.goldOnly(quote.recall()), AveragedScore::plus);
            jointByType.merge(g.type(), AveragedScore.ZERO.goldOnly(pooledJoint.recall()), AveragedScore::plus);
        }
        if (p.type() != null) {
            messagesByType.merge(p.type(), AveragedScore.ZERO.predictionOnly(quote.precision()), AveragedScore::plus);
            jointByType.merge(p.type(), AveragedScore.ZERO.predictionOnly(pooledJoint.precision()), AveragedScore::plus);
        }
    }

    private void addUnpairedGold(TokenQuotation g) {
        perRole.replaceAll((role, s) -> s.goldOnly(0));
        roles = roles.goldOnly(0);
        joint = joint.goldOnly(0);
        if (g.type() != null) {
            messagesByType.merge(g.type(), AveragedScore.ZERO.goldOnly(0), AveragedScore::plus);
            jointByType.merge(g.type(), AveragedScore.ZERO.goldOnly(0), AveragedScore::plus);
        }
    }

    private void addUnpairedPrediction(TokenQuotation p) {
        perRole.replaceAll((role, s) -> s.predictionOnly(0));
        roles = roles.predictionOnly(0);
        joint = joint.predictionOnly(0);
        if (p.type() != null) {
            messagesByType.merge(p.type(), AveragedScore.ZERO.predictionOnly(0), AveragedScore::plus);
            jointByType.merge(p.type(), AveragedScore.ZERO.predictionOnly(0), AveragedScore::plus);
        }
    }

    public QuoteScores scores() {
        return new QuoteScores(documents, gold, predicted, paired, perRole, roles, joint, type, medium,
                messagesByType, jointByType);
    }
}
