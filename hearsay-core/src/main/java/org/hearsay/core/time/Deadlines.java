package org.hearsay.core.time;

import java.time.LocalDate;

/**
 * Turns a resolved stretch of time and its preposition into the deadline a claim carries:
 * "bis Ende des Jahres" → the year's last day, "vor dem Neujahr" → 1 January, "bis zum 15.12." →
 * 15 December. "Anfang", "Mitte" and "Ende" narrow the stretch to its first, middle or last third.
 */
public final class Deadlines {
    private Deadlines() {
    }

    /** The deadline day, or null when the relation sets none or nothing is resolved. */
    public static LocalDate of(Granule granule, String mod, Relation relation) {
        if (granule == null || relation == null || !relation.isDeadline()) {
            return null;
        }
        LocalDate first = granule.first();
        LocalDate last = granule.last();
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        long third = Math.max(1, days / 3);
        if ("START".equals(mod)) {
            last = first.plusDays(third - 1);
        } else if ("MID".equals(mod)) {
            first = first.plusDays(third);
            last = first.plusDays(third - 1);
        } else if ("END".equals(mod)) {
            first = last.minusDays(third - 1);
        }
        return relation == Relation.BEFORE ? first : last;
    }
}
