package org.hearsay.lang.de.morphology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * At the start of a sentence or of quoted speech every word is capitalised, and the dictionary
 * then finds only the noun: "Trotz der Signale" gives the noun "Trotz", not the preposition
 * "trotz". There the readings of the lower-case form are added.
 */
final class SentenceStarts {
    private SentenceStarts() {
    }

    static List<List<Reading>> withLowerCaseReadings(List<String> forms, List<String> upos,
                                                     List<List<Reading>> readings) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            String form = forms.get(i);
            if (!upos.get(i).equals("PUNCT") && !form.isEmpty() && Character.isUpperCase(form.codePointAt(0))
                    && startsSpeech(forms, upos, i)) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            return readings;
        }
        List<String> lowered = starts.stream().map(i -> forms.get(i).toLowerCase(Locale.GERMAN)).toList();
        List<List<Reading>> lowerReadings = Dictionary.readings(lowered);
        List<List<Reading>> out = new ArrayList<>(readings);
        for (int k = 0; k < starts.size(); k++) {
            int i = starts.get(k);
            List<Reading> merged = new ArrayList<>(readings.get(i));
            lowerReadings.get(k).stream().filter(r -> !merged.contains(r)).forEach(merged::add);
            out.set(i, merged);
        }
        return out;
    }

    /**
     * The first word of the sentence (after any opening quotes) or the first after a colon:
     * "sagte er: „Wir …", "Fazit: Die …".
     */
    private static boolean startsSpeech(List<String> forms, List<String> upos, int i) {
        int j = i - 1;
        while (j >= 0 && upos.get(j).equals("PUNCT")) {
            j--;
        }
        return j < 0 || j + 1 < i && forms.get(j + 1).equals(":");
    }
}
