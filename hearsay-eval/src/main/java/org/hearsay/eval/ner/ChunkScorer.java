package org.hearsay.eval.ner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact-span chunk scoring restricted to some target types, accumulated sentence by sentence.
 * Gold chunks of other types are not targets; predicted chunks of other types (MISC) are ignored
 * for the score but still explain misses in the error breakdown.
 */
public final class ChunkScorer {
    private final List<String> targets;
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private int wrongType;
    private int wrongBoundary;
    private int spuriousOnOther;
    private int spurious;
    private int missed;
    private int missedAsMisc;

    /** @param targets the scored types, in report order (e.g. PER, ORG, LOC) */
    public ChunkScorer(List<String> targets) {
        this.targets = List.copyOf(targets);
        targets.forEach(t -> counts.put(t, new int[3]));
    }

    /** Adds one sentence: all its gold chunks and all the system's chunks. */
    public void add(List<Chunk> gold, List<Chunk> predicted) {
        List<Chunk> goldTargets = gold.stream().filter(this::isTarget).toList();
        List<Chunk> goldOthers = gold.stream().filter(c -> !isTarget(c)).toList();
        List<Chunk> predictedTargets = predicted.stream().filter(this::isTarget).toList();
        List<Chunk> predictedOthers = predicted.stream().filter(c -> !isTarget(c)).toList();

        goldTargets.forEach(c -> counts.get(c.type())[0]++);
        for (Chunk p : predictedTargets) {
            counts.get(p.type())[1]++;
            if (goldTargets.contains(p)) {
                counts.get(p.type())[2]++;
            } else if (goldTargets.stream().anyMatch(p::sameSpan)) {
                wrongType++;
            } else if (goldTargets.stream().anyMatch(p::overlaps)) {
                wrongBoundary++;
            } else if (goldOthers.stream().anyMatch(p::overlaps)) {
                spuriousOnOther++;
            } else {
                spurious++;
            }
        }
        for (Chunk g : goldTargets) {
            if (predictedTargets.stream().noneMatch(g::overlaps)) {
                missed++;
                if (predictedOthers.stream().anyMatch(g::overlaps)) {
                    missedAsMisc++;
                }
            }
        }
    }

    private boolean isTarget(Chunk c) {
        return targets.contains(c.type());
    }

    /** Per target type, in the order given at construction. */
    public List<TypeScore> perType() {
        return targets.stream().map(t -> {
            int[] c = counts.get(t);
            return new TypeScore(t, c[0], c[1], c[2]);
        }).toList();
    }

    public TypeScore micro() {
        int gold = 0;
        int predicted = 0;
        int correct = 0;
        for (int[] c : counts.values()) {
            gold += c[0];
            predicted += c[1];
            correct += c[2];
        }
        return new TypeScore("all", gold, predicted, correct);
    }

    public ErrorBreakdown errors() {
        return new ErrorBreakdown(wrongType, wrongBoundary, spuriousOnOther, spurious, missed, missedAsMisc);
    }
}
