package org.hearsay.lang.de.morphology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.language.GermanyGerman;
import org.languagetool.tagging.Tagger;

/**
 * LanguageTool's German morphological dictionary (Morphy-derived, with compound analysis:
 * "Energieinfrastruktur" is read through "Infrastruktur"). It lists every reading of a form
 * out of context; choosing among them is {@link Morphology}'s job. Loaded once per JVM on first
 * use; the tagger opens a fresh dictionary lookup per call, so threads can share it.
 */
final class Dictionary {
    static final String SOURCE = "languagetool-de-6.8";

    private Dictionary() {
    }

    /** All readings of each form; an empty list for forms the dictionary does not know. */
    static List<List<Reading>> readings(List<String> forms) {
        List<AnalyzedTokenReadings> analysed;
        try {
            analysed = Holder.TAGGER.tag(forms);
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool could not read its German dictionary", e);
        }
        if (analysed.size() != forms.size()) {
            throw new IllegalStateException("LanguageTool returned " + analysed.size() + " analyses for "
                    + forms.size() + " words");
        }
        List<List<Reading>> out = new ArrayList<>(forms.size());
        for (AnalyzedTokenReadings token : analysed) {
            List<Reading> readings = new ArrayList<>();
            for (AnalyzedToken reading : token) {
                if (reading.getPOSTag() != null && reading.getLemma() != null && !reading.getPOSTag().isEmpty()) {
                    readings.add(LtTags.decode(reading.getLemma(), reading.getPOSTag()));
                }
            }
            out.add(readings);
        }
        return out;
    }

    private static final class Holder {
        static final Tagger TAGGER = GermanyGerman.getInstance().getTagger();
    }
}
