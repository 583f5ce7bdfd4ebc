package org.hearsay.lang.en.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Quotation.Medium;
import org.hearsay.core.text.WordLists;

/** The English word lists of quotation analysis (resources in org/hearsay/lang/en/quotes). Immutable. */
final class EnglishQuoteLexicon {
    /**
     * A reporting verb, whether it reports by an infinitive ("promised to …") and whether a
     * preposition after it is part of the cue ("referred to …").
     */
    record CueVerb(String lemma, Medium medium, boolean takesInfinitive, boolean takesPreposition) {
    }

    private final Map<String, CueVerb> cueVerbs = new HashMap<>();
    private final Map<String, String> sourceNouns = new HashMap<>();
    private final List<String[]> affiliationWords = new ArrayList<>();
    private final Set<String> objectCues = new HashSet<>();
    private final Set<String> outlets = new HashSet<>();
    private final Set<String> epithets = new HashSet<>();
    private final Set<String> timeOpeners = new HashSet<>();
    private final Set<String> timeWords = new HashSet<>();

    private final StringBuilder allRows = new StringBuilder();
    private final String fingerprint;

    private static final class Holder {
        static final EnglishQuoteLexicon STANDARD = new EnglishQuoteLexicon();
    }

    static EnglishQuoteLexicon standard() {
        return Holder.STANDARD;
    }

    private EnglishQuoteLexicon() {
        for (String[] row : rows("cue-verbs.txt")) {
            Medium medium = row[1].equals("-") ? null : Medium.valueOf(row[1]);
            String frame = row.length > 2 ? row[2] : "";
            cueVerbs.put(row[0], new CueVerb(row[0], medium, frame.equals("to"), frame.equals("prep")));
        }
        rows("object-cue-verbs.txt").forEach(r -> objectCues.add(r[0]));
        rows("source-nouns.txt").forEach(r -> sourceNouns.put(r[0], r[1]));
        affiliationWords.addAll(rows("affiliation-types.txt"));
        rows("outlets.txt").forEach(r -> outlets.add(r[0]));
        rows("epithets.txt").forEach(r -> epithets.add(r[0]));
        rows("time-words.txt").forEach(r -> (r[1].equals("open") ? timeOpeners : timeWords).add(r[0]));
        fingerprint = ContentHash.of(allRows.toString());
    }

    CueVerb cueVerb(String lemma) {
        return lemma == null ? null : cueVerbs.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether the verb's object alone can be what is attributed: "praised the plan". */
    boolean reportsObject(String lemma) {
        return objectCues.contains(lemma);
    }

    String sourceNounType(String lemma) {
        return lemma == null ? null : sourceNouns.get(lemma.toLowerCase(Locale.ROOT));
    }

    boolean isOutlet(String name) {
        return outlets.contains(name);
    }

    boolean isEpithet(String lemma) {
        return lemma != null && epithets.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a word can open a time phrase ("on", "last"). */
    boolean opensTime(String lower) {
        return timeOpeners.contains(lower);
    }

    /** Whether a word names a time ("Tuesday", "October", "yesterday"). */
    boolean isTimeWord(String lower) {
        return timeWords.contains(lower);
    }

    /** The anonymous-source type the words of an affiliation suggest, or null. */
    String affiliationType(String affiliation) {
        List<String> words = List.of(affiliation.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        for (String[] a : affiliationWords) {
            if (words.contains(a[0])) {
                return a[1];
            }
        }
        return null;
    }

    /** A hash over every list, so that editing one changes the pipeline's configuration hash. */
    String fingerprint() {
        return fingerprint;
    }

    private List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        for (String line : WordLists.lines(EnglishQuoteLexicon.class, resource)) {
            rows.add(line.split("\t"));
            allRows.append(resource).append(':').append(line).append('\n');
        }
        return rows;
    }
}
