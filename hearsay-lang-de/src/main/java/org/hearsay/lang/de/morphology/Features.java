package org.hearsay.lang.de.morphology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the features of the readings left in context. A feature all readings state with one
 * value is that value; one they state with several values is written the Universal Dependencies
 * way for unresolved ambiguity, values sorted and comma-joined ("Case=Acc,Nom"); one that some
 * readings lack is left out.
 */
final class Features {
    private Features() {
    }

    static Map<String, String> merge(Collection<Reading> readings) {
        Map<String, String> merged = new HashMap<>();
        if (readings.isEmpty()) {
            return merged;
        }
        Set<String> names = new TreeSet<>(readings.iterator().next().features().keySet());
        for (Reading r : readings) {
            names.retainAll(r.features().keySet());
        }
        for (String name : names) {
            TreeSet<String> values = new TreeSet<>();
            for (Reading r : readings) {
                for (String value : r.feature(name).split(",")) {
                    values.add(value);
                }
            }
            merged.put(name, String.join(",", new ArrayList<>(values)));
        }
        return merged;
    }

    /** Whether a merged value allows {@code value} ("Sub" is allowed by "Ind,Sub"). */
    static boolean allows(String merged, String value) {
        return merged != null && List.of(merged.split(",")).contains(value);
    }
}
