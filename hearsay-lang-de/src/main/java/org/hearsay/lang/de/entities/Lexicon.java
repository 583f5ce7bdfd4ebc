package org.hearsay.lang.de.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.de.GermanTagger;

/**
 * What LanguageTool's German morphological dictionary knows about a word: whether it is a
 * common word (noun, adjective, verb…) and whether it is listed as a proper name, and of which
 * kind (place, first name, surname). Its ~200,000 proper-name forms are a large gazetteer
 * of German places and names that the tagger never saw, and its common-word knowledge tells a
 * capitalised noun ("Ziel") from an unknown name ("Werstka").
 * Uses the shared, thread-safe {@link GermanTagger#INSTANCE}.
 */
final class Lexicon {

    /** The readings of one word, reduced to what name finding needs. */
    record Readings(boolean common, boolean place, boolean firstName, boolean surname, boolean otherName) {
        boolean unknown() {
            return !common && !place && !firstName && !surname && !otherName;
        }

        /** Listed only as a proper name of some kind, never as a common word. */
        boolean onlyName() {
            return !common && (place || firstName || surname || otherName);
        }
    }

    Readings of(String word) {
        AnalyzedTokenReadings readings;
        try {
            readings = GermanTagger.INSTANCE.tag(List.of(word)).getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool German dictionary unreadable", e);
        }
        boolean common = false, place = false, firstName = false, surname = false, otherName = false;
        for (AnalyzedToken reading : readings.getReadings()) {
            String tag = reading.getPOSTag();
            if (tag == null) {
                continue;
            }
            if (!tag.startsWith("EIG:")) {
                common = true;
            } else if (tag.endsWith(":VOR")) {
                firstName = true;
            } else if (tag.endsWith(":NAC")) {
                surname = true;
            } else if (tag.endsWith(":STD") || tag.endsWith(":GEB") || tag.endsWith(":GEO")
                    || tag.endsWith(":MOU") || tag.endsWith(":WAT") || tag.endsWith(":LAN") || tag.endsWith(":COU")) {
                place = true;
            } else {
                otherName = true;
            }
        }
        return new Readings(common, place, firstName, surname, otherName);
    }
}
