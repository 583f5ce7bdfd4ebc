package org.hearsay.eval.time;

/**
 * One disagreement with the gold standard.
 *
 * @param category MISSED, SPURIOUS, BOUNDARY (overlap, not the same span), TYPE or VALUE
 * @param document file name
 * @param gold     the gold TIMEX3, or null for SPURIOUS
 * @param system   the system's TIMEX3, or null for MISSED
 */
public record TimexError(String category, String document, Timex gold, Timex system) {
    public String toText() {
        return String.format("%-8s %-28s gold %-40s system %s", category, document, describe(gold), describe(system));
    }

    private static String describe(Timex t) {
        return t == null ? "-" : "\"" + t.text().replace('\n', ' ') + "\" " + t.type() + " " + t.value();
    }
}
