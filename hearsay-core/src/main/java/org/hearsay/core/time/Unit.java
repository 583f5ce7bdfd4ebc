package org.hearsay.core.time;

import java.time.temporal.ChronoUnit;

/** Calendar and clock units, with the letter a TIMEX3 duration uses for each. */
public enum Unit {
    CENTURY("Y", ChronoUnit.CENTURIES, 100), DECADE("Y", ChronoUnit.DECADES, 10), YEAR("Y", ChronoUnit.YEARS, 1),
    HALF_YEAR("M", ChronoUnit.MONTHS, 6), QUARTER("M", ChronoUnit.MONTHS, 3), MONTH("M", ChronoUnit.MONTHS, 1),
    WEEK("W", ChronoUnit.WEEKS, 1), DAY("D", ChronoUnit.DAYS, 1),
    HOUR("H", ChronoUnit.HOURS, 1), MINUTE("M", ChronoUnit.MINUTES, 1), SECOND("S", ChronoUnit.SECONDS, 1);

    private final String letter;
    private final ChronoUnit chrono;
    private final int multiple;

    Unit(String letter, ChronoUnit chrono, int multiple) {
        this.letter = letter;
        this.chrono = chrono;
        this.multiple = multiple;
    }

    /** True for units below a day, which TIMEX3 writes after a "T". */
    public boolean isClock() {
        return this == HOUR || this == MINUTE || this == SECOND;
    }

    ChronoUnit chrono() {
        return chrono;
    }

    /** How many {@link #chrono()} units one of this unit is (a quarter is 3 months). */
    int multiple() {
        return multiple;
    }

    /**
     * TIMEX3 duration value for an amount of this unit: 2 DAY → "P2D", 2 HOUR → "PT2H",
     * 2 DECADE → "P20Y"; a null amount ("mehrere Tage") → "PXD".
     */
    public String duration(Double amount) {
        String number;
        if (amount == null) {
            number = "X";
        } else {
            double scaled = amount * multiple;
            number = scaled == Math.rint(scaled) ? Long.toString((long) scaled) : Double.toString(scaled);
        }
        return (isClock() ? "PT" : "P") + number + letter;
    }
}
