package org.hearsay.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {
    private static final List<Role> ALL = List.of(Role.values());

    private static Set<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().collect(Collectors.toSet());
    }

    private static TokenQuotation quote(Set<Integer> tokens, QuoteType type, String medium) {
        return new TokenQuotation(Map.of(Role.QUOTE, tokens), type, medium);
    }

    @Test
    void identicalAnnotationsScoreOne() {
        Map<Role, Set<Integer>> roles = new EnumMap<>(Role.class);
        roles.put(Role.QUOTE, range(5, 10));
        roles.put(Role.SPEAKER, Set.of(0, 1));
        roles.put(Role.CUE, Set.of(2));
        TokenQuotation q = new TokenQuotation(roles, QuoteType.DIRECT, "Speech");
        QuoteScorer scorer = new QuoteScorer(ALL);
        scorer.add(List.of(q), List.of(q));
        QuoteScores s = scorer.scores();
        assertEquals(1, s.messages().f1());
        assertEquals(1, s.roles().f1());
        assertEquals(1, s.joint().f1());
        assertEquals(1, s.role(Role.SPEAKER).f1());
        assertEquals(1, s.type().f1());
        assertEquals(1, s.medium().f1());
    }

    @Test
    void pairingMaximisesTheTotalQuoteF1() {
        TokenQuotation goldA = quote(range(1, 5), QuoteType.DIRECT, null);
        TokenQuotation goldB = quote(range(5, 9), QuoteType.DIRECT, null);
        TokenQuotation straddling = quote(range(3, 7), QuoteType.DIRECT, null);
        TokenQuotation exactA = quote(range(1, 5), QuoteType.DIRECT, null);
        // straddling has F1 0.5 with both; taking it for A would leave B with exactA (F1 0).
        assertEquals(List.of(new QuoteScorer.Pair(0, 1), new QuoteScorer.Pair(1, 0)),
                QuoteScorer.pair(List.of(goldA, goldB), List.of(straddling, exactA)));
    }

    @Test
    void typeAndMediumBreakTies() {
        TokenQuotation direct = quote(range(0, 4), QuoteType.DIRECT, "Speech");
        TokenQuotation indirect = quote(range(0, 4), QuoteType.INDIRECT, "Speech");
        TokenQuotation predicted = quote(range(0, 4), QuoteType.INDIRECT, null);
        assertEquals(List.of(new QuoteScorer.Pair(1, 0)), QuoteScorer.pair(List.of(direct, indirect), List.of(predicted)));
        TokenQuotation writing = quote(range(0, 4), QuoteType.INDIRECT, "Writing");
        TokenQuotation predictedWriting = quote(range(0, 4), QuoteType.INDIRECT, "Writing");
        assertEquals(List.of(new QuoteScorer.Pair(1, 0)),
                QuoteScorer.pair(List.of(indirect, writing), List.of(predictedWriting)));
    }

    @Test
    void aTieBreakerNeverOutweighsBetterOverlap() {
        TokenQuotation gold = quote(range(0, 10), QuoteType.DIRECT, "Speech");
        TokenQuotation sameLabels = quote(range(0, 9), QuoteType.DIRECT, "Speech");
        TokenQuotation exactOtherLabels = quote(range(0, 10), QuoteType.REPORTED, "Writing");
        assertEquals(List.of(new QuoteScorer.Pair(0, 1)),
                QuoteScorer.pair(List.of(gold), List.of(sameLabels, exactOtherLabels)));
    }

    @Test
    void assignedPairsWithoutSharedQuoteTokensAreUnpaired() {
        QuoteScorer scorer = new QuoteScorer(ALL);
        scorer.add(List.of(quote(range(0, 3), QuoteType.DIRECT, "Speech")),
                List.of(quote(range(5, 8), QuoteType.DIRECT, "Speech")));
        QuoteScores s = scorer.scores();
        assertEquals(0, s.paired());
        assertEquals(0, s.messages().precision());
        assertEquals(0, s.messages().recall());
        // Equal labels do not count without a pair.
        assertEquals(0, s.type().correct());
    }

    @Test
    void unpairedQuotationsEnterTheAveragesAsZero() {
        QuoteScorer scorer = new QuoteScorer(ALL);
        // Gold: [0,4) and [10,12). Predicted: [2,4) (P 1, R 1/2 with the first), and two false alarms.
        scorer.add(List.of(quote(range(0, 4), QuoteType.DIRECT, null), quote(range(10, 12), QuoteType.DIRECT, null)),
                List.of(quote(range(2, 4), QuoteType.DIRECT, null), quote(range(20, 22), null, null),
                        quote(range(30, 31), null, null)));
        QuoteScores s = scorer.scores();
        assertEquals(2, s.gold());
        assertEquals(3, s.predicted());
        assertEquals(1, s.paired());
        assertEquals(1.0 / 3, s.messages().precision(), 1e-12);
        assertEquals(0.5 / 2, s.messages().recall(), 1e-12);
        assertEquals(2 * (1.0 / 3) * 0.25 / (1.0 / 3 + 0.25), s.messages().f1(), 1e-12);
    }

    @Test
    void rolesPoolTokensWithinAPairAndSpeakerIsScoredAlone() {
        Map<Role, Set<Integer>> gold = new EnumMap<>(Role.class);
        gold.put(Role.QUOTE, range(20, 30));
        gold.put(Role.SPEAKER, Set.of(10, 11));
        gold.put(Role.CUE, Set.of(12));
        gold.put(Role.FRAME, range(10, 14));
        Map<Role, Set<Integer>> predicted = new EnumMap<>(Role.class);
        predicted.put(Role.QUOTE, range(20, 30));
        predicted.put(Role.SPEAKER, Set.of(11));
        predicted.put(Role.FRAME, range(10, 14));
        QuoteScorer scorer = new QuoteScorer(ALL);
        scorer.add(List.of(new TokenQuotation(gold, null, null)), List.of(new TokenQuotation(predicted, null, null)));
        QuoteScores s = scorer.scores();
        // roles: overlap 1 + 0 + 4 + 0 = 5 of 5 predicted and 2 + 1 + 4 + 0 = 7 gold tokens.
        assertEquals(1, s.roles().precision(), 1e-12);
        assertEquals(5.0 / 7, s.roles().recall(), 1e-12);
        // joint adds the quote: 15 of 15 predicted, 17 gold.
        assertEquals(15.0 / 17, s.joint().recall(), 1e-12);
        assertEquals(1, s.role(Role.SPEAKER).precision(), 1e-12);
        assertEquals(0.5, s.role(Role.SPEAKER).recall(), 1e-12);
        assertEquals(0, s.role(Role.CUE).f1());
        // Both sides without addressee: agreement.
        assertEquals(1, s.role(Role.ADDRESSEE).f1());
    }

    @Test
    void labelsAreMicroScoredOverAllQuotations() {
        QuoteScorer scorer = new QuoteScorer(ALL);
        scorer.add(
                List.of(quote(range(0, 4), QuoteType.DIRECT, "Speech"), quote(range(10, 14), QuoteType.INDIRECT, "SW"),
                        quote(range(20, 24), QuoteType.REPORTED, "Writing")),
                List.of(quote(range(0, 4), QuoteType.DIRECT, "Writing"), quote(range(10, 14), QuoteType.REPORTED, "SW")));
        QuoteScores s = scorer.scores();
        assertEquals(new LabelScore(1, 2, 3), s.type());
        assertEquals(new LabelScore(1, 2, 3), s.medium());
        assertEquals(0.5, s.type().precision(), 1e-12);
        assertEquals(1.0 / 3, s.type().recall(), 1e-12);
        assertEquals(0.4, s.type().f1(), 1e-12);
    }

    @Test
    void perTypeRecallFollowsGoldTypeAndPrecisionPredictedType() {
        QuoteScorer scorer = new QuoteScorer(ALL);
        scorer.add(List.of(quote(range(0, 4), QuoteType.INDIRECT, null)),
                List.of(quote(range(0, 2), QuoteType.REPORTED, null)));
        QuoteScores s = scorer.scores();
        assertEquals(new AveragedScore(0, 0, 0.5, 1), s.messagesOf(QuoteType.INDIRECT));
        assertEquals(new AveragedScore(1, 1, 0, 0), s.messagesOf(QuoteType.REPORTED));
        assertEquals(AveragedScore.ZERO, s.messagesOf(QuoteType.DIRECT));
    }

    @Test
    void documentsAccumulateMicro() {
        QuoteScorer scorer = new QuoteScorer(ALL);
        scorer.add(List.of(quote(range(0, 4), QuoteType.DIRECT, null)), List.of(quote(range(0, 4), QuoteType.DIRECT, null)));
        scorer.add(List.of(quote(range(0, 4), QuoteType.DIRECT, null), quote(range(8, 9), QuoteType.DIRECT, null)),
                List.of());
        QuoteScores s = scorer.scores();
        assertEquals(2, s.documents());
        assertEquals(1, s.messages().precision());
        assertEquals(1.0 / 3, s.messages().recall(), 1e-12);
    }

    @Test
    void polnearRolesLeaveFrameAndAddresseeOut() {
        Map<Role, Set<Integer>> gold = new EnumMap<>(Role.class);
        gold.put(Role.QUOTE, range(0, 4));
        gold.put(Role.SPEAKER, Set.of(5));
        gold.put(Role.FRAME, Set.of(9));
        QuoteScorer scorer = new QuoteScorer(PolnearReader.ROLES);
        scorer.add(List.of(new TokenQuotation(gold, null, null)),
                List.of(new TokenQuotation(Map.of(Role.QUOTE, range(0, 4), Role.SPEAKER, Set.of(5)), null, null)));
        QuoteScores s = scorer.scores();
        assertEquals(1, s.roles().f1());
        assertEquals(1, s.joint().f1());
        assertEquals(AveragedScore.ZERO, s.role(Role.FRAME));
    }
}
