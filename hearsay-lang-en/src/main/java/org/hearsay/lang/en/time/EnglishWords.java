package org.hearsay.lang.en.time;

import java.util.Locale;
import org.hearsay.core.time.Unit;
import org.hearsay.core.time.WordTable;

/** The English word lists of the time tagger, loaded once. */
final class EnglishWords {
    static final WordTable MONTHS = WordTable.load(EnglishWords.class, "months.txt");
    static final WordTable WEEKDAYS = WordTable.load(EnglishWords.class, "weekdays.txt");
    static final WordTable PARTS_OF_DAY = WordTable.load(EnglishWords.class, "parts-of-day.txt");
    static final WordTable NUMBERS = WordTable.load(EnglishWords.class, "numbers.txt");
    static final WordTable UNITS = WordTable.load(EnglishWords.class, "units.txt");
    static final WordTable VAGUE = WordTable.load(EnglishWords.class, "vague.txt");
    static final WordTable HOLIDAYS = WordTable.load(EnglishWords.class, "holidays.txt");
    static final WordTable EVENT_NOUNS = WordTable.load(EnglishWords.class, "event-nouns.txt");
    static final WordTable AMOUNT_ADJECTIVES = WordTable.load(EnglishWords.class, "amount-adjectives.txt");
    static final WordTable DIRECTION_CUES = WordTable.load(EnglishWords.class, "direction-cues.txt");

    private EnglishWords() {
    }

    static int month(String word) {
        return Integer.parseInt(MONTHS.get(word));
    }

    static Unit unit(String word) {
        return Unit.valueOf(UNITS.get(word));
    }

    /** A number in digits ("14", "2.5") or words ("two", "twenty-four"); null for "several", "a few". */
    static Double amount(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (Character.isDigit(w.charAt(0))) {
            return Double.parseDouble(w.replace(",", ""));
        }
        String value = NUMBERS.get(w);
        String[] tensAndOnes = w.split("[ -]");
        if (value == null && tensAndOnes.length == 2) {
            // "twenty-four", "twenty four": the tens and the ones added up.
            Double tens = amount(tensAndOnes[0]);
            Double ones = amount(tensAndOnes[1]);
            return tens == null || ones == null ? null : tens + ones;
        }
        return value == null || value.equals("X") ? null : Double.parseDouble(value);
    }
}
