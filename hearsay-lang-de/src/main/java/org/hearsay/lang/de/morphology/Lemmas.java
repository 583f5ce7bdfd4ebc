package org.hearsay.lang.de.morphology;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Picks one lemma for a word from its readings. */
final class Lemmas {
    private Lemmas() {
    }

    /**
     * The lemma most readings share ("führen": five readings of "führen" against two of the
     * Konjunktiv II of "fahren"); ties go to a one-word lemma, then to one spelled like the form.
     * Null when there are no readings.
     */
    static String choose(String form, List<Reading> readings) {
        if (readings.isEmpty()) {
            return null;
        }
        Map<String, Long> counts = readings.stream()
                .collect(Collectors.groupingBy(Reading::lemma, Collectors.counting()));
        Comparator<String> order = Comparator.<String>comparingLong(counts::get).reversed()
                .thenComparing(lemma -> lemma.contains(" "))
                .thenComparing(lemma -> !lemma.equalsIgnoreCase(form))
                .thenComparing(Function.identity());
        return counts.keySet().stream().min(order).orElseThrow();
    }
}
