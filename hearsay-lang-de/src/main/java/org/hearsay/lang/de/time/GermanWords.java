package org.hearsay.lang.de.time;

import java.util.Locale;
import org.hearsay.core.time.Unit;
import org.hearsay.core.time.WordTable;

/** The German word lists of the time tagger, loaded once. */
final class GermanWords {
    static final WordTable MONTHS = WordTable.load(GermanWords.class, "months.txt");
    static final WordTable WEEKDAYS = WordTable.load(GermanWords.class, "weekdays.txt");
    static final WordTable PARTS_OF_DAY = WordTable.load(GermanWords.class, "parts-of-day.txt");
    static final WordTable NUMBERS = WordTable.load(GermanWords.class, "numbers.txt");
    static final WordTable UNITS = WordTable.load(GermanWords.class, "units.txt");
    static final WordTable VAGUE = WordTable.load(GermanWords.class, "vague.txt");
    static final WordTable HOLIDAYS = WordTable.load(GermanWords.class, "holidays.txt");
    static final WordTable EVENT_NOUNS = WordTable.load(GermanWords.class, "event-nouns.txt");

    private GermanWords() {
    }

    static int month(String word) {
        return Integer.parseInt(MONTHS.get(word));
    }

    static Unit unit(String word) {
        return Unit.valueOf(UNITS.get(word));
    }

    /** A number written in digits ("14", "2,5") or words ("zwei"); null for "einige", "mehrere". */
    static Double amount(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) {
            return Double.parseDouble(w.replace(',', '.'));
        }
        String value = NUMBERS.get(w);
        return value == null || value.equals("X") ? null : Double.parseDouble(value);
    }

    /** True for a noun that names an event, or a compound ending in one ("Präsidentschaftswahl"). */
    static boolean isEventNoun(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        if (EVENT_NOUNS.contains(n)) {
            return true;
        }
        return EVENT_NOUNS.entries().keySet().stream().anyMatch(e -> e.length() >= 4 && n.endsWith(e));
    }
}
