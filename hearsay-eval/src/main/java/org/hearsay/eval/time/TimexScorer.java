package org.hearsay.eval.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pairs system and gold TIMEX3 of one document one-to-one (largest overlap first) and counts the
 * TempEval-3 matches and the errors.
 */
final class TimexScorer {
    private int gold;
    private int predicted;
    private int strict;
    private int relaxed;
    private int typeCorrect;
    private int valueCorrect;
    private final List<TimexError> errors = new ArrayList<>();

    void add(String document, List<Timex> goldTimexes, List<Timex> systemTimexes) {
        gold += goldTimexes.size();
        predicted += systemTimexes.size();
        boolean[] used = new boolean[systemTimexes.size()];
        for (Timex g : goldTimexes) {
            int best = -1;
            for (int i = 0; i < systemTimexes.size(); i++) {
                if (!used[i] && g.overlaps(systemTimexes.get(i))
                        && (best < 0 || g.overlap(systemTimexes.get(i)) > g.overlap(systemTimexes.get(best)))) {
                    best = i;
                }
            }
            if (best < 0) {
                errors.add(new TimexError("MISSED", document, g, null));
                continue;
            }
            used[best] = true;
            Timex s = systemTimexes.get(best);
            relaxed++;
            if (s.start() == g.start() && s.end() == g.end()) {
                strict++;
            } else {
                errors.add(new TimexError("BOUNDARY", document, g, s));
            }
            if (s.type().equals(g.type())) {
                typeCorrect++;
            } else {
                errors.add(new TimexError("TYPE", document, g, s));
            }
            if (normalise(s.value()).equals(normalise(g.value()))) {
                valueCorrect++;
            } else {
                errors.add(new TimexError("VALUE", document, g, s));
            }
        }
        for (int i = 0; i < systemTimexes.size(); i++) {
            if (!used[i]) {
                errors.add(new TimexError("SPURIOUS", document, null, systemTimexes.get(i)));
            }
        }
    }

    /** KRAUTS writes some clock times as "T20.30" or "T8:30"; TIMEX3 and the systems write "T20:30", "T08:30". */
    static String normalise(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replaceAll("T(\\d\\d?)[.:](\\d\\d)", "T0$1:$2")
                .replaceAll("T0(\\d\\d):", "T$1:");
    }

    TimexScore score(String system, String corpus, int documents, long characters, double seconds, double ownSeconds) {
        return new TimexScore(system, corpus, documents, characters, gold, predicted, strict, relaxed, typeCorrect, valueCorrect,
                seconds, ownSeconds, errors);
    }
}
