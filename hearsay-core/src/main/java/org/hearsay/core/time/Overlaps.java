package org.hearsay.core.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Keeps the longest of overlapping candidate phrases, so "Ende August" wins over "August". */
public final class Overlaps {
    private Overlaps() {
    }

    public static List<Mention> longestFirst(List<Mention> candidates) {
        List<Mention> byLength = new ArrayList<>(candidates);
        byLength.sort(Comparator.comparingInt((Mention m) -> -m.span().length()).thenComparing(Mention::span));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : byLength) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(m.span()))) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparing(Mention::span));
        return kept;
    }
}
