package org.hearsay.core.time;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * What a time phrase says, before it is resolved against the publication time. Language packs
 * turn their words into these; {@link TimeResolver} computes the TIMEX3 value from them.
 */
public sealed interface Meaning {

    /**
     * A calendar date as far as the text gives it; null fields were not said. A missing year is
     * inferred from the publication time and the {@link Direction}. {@code hour} without {@code day}
     * means a clock time on the day in context ("um 20.30 Uhr").
     */
    record CalendarDate(Integer year, Integer month, Integer day, Integer hour, Integer minute, String partOfDay)
            implements Meaning {
        public static CalendarDate year(int year) {
            return new CalendarDate(year, null, null, null, null, null);
        }

        public static CalendarDate month(Integer year, int month) {
            return new CalendarDate(year, month, null, null, null, null);
        }

        public static CalendarDate day(Integer year, int month, int day) {
            return new CalendarDate(year, month, day, null, null, null);
        }
    }

    /** A month of the publication year moved by {@code yearOffset}: "Juli dieses Jahres", "August vorigen Jahres". */
    record MonthInYear(int month, int yearOffset) implements Meaning {
    }

    /**
     * The nearest named month strictly before ({@code sign} -1) or after (+1) the publication month:
     * "last April" said in October is April of the same year, said in March April of the year before.
     */
    record AdjacentMonth(int month, int sign) implements Meaning {
    }

    /**
     * The period a financial report is about, moved back {@code yearsBack} years: "the quarter",
     * "the latest quarter" (0), "the year-earlier quarter" (1), or moved into the given {@code year}:
     * "the 1988 quarter". It is the quarter or half year last named in reach, else the last quarter
     * completed before publication.
     */
    record ReportedPeriod(int yearsBack, Integer year) implements Meaning {
        public ReportedPeriod(int yearsBack) {
            this(yearsBack, null);
        }
    }

    /** A decade or century by its first year ("die 90er Jahre" → DECADE 1990). */
    record Period(Unit unit, int firstYear) implements Meaning {
    }

    /**
     * A named weekday, optionally with a part of day ("Montagabend") or a clock time ("10 p.m. Wednesday").
     * {@code otherWeek} is true when its own words point away from the publication week's day ("last
     * Wednesday", "kommenden Montag"): said on a Wednesday, "last Wednesday" is a week back, never today.
     */
    record Weekday(DayOfWeek day, String partOfDay, LocalTime clock, boolean otherWeek) implements Meaning {
        public Weekday(DayOfWeek day, String partOfDay) {
            this(day, partOfDay, null, false);
        }

        public Weekday(DayOfWeek day, String partOfDay, LocalTime clock) {
            this(day, partOfDay, clock, false);
        }
    }

    /**
     * A stretch counted from the publication time's own: "heute" DAY 0, "gestern" DAY -1,
     * "nächstes Jahr" YEAR +1, "diese Woche" WEEK 0; optionally with a part of day ("gestern Abend"),
     * or WE with WEEK for a weekend ("am Wochenende").
     */
    record Relative(Unit unit, int offset, String partOfDay) implements Meaning {
    }

    /**
     * A quarter or half year by its 1-based index: in the given year, or when that is null in the
     * publication year moved by {@code yearOffset} ("im dritten Quartal" → 0).
     */
    record PartOfYear(Unit unit, int index, Integer year, int yearOffset) implements Meaning {
    }

    /**
     * A season by its TIMEX3 code (SP, SU, FA, WI): in the given year, or when that is null in the
     * publication year moved by {@code yearOffset}.
     */
    record Season(String code, Integer year, int yearOffset) implements Meaning {
    }

    /**
     * A point an amount of time away from the publication time: "in zwei Stunden" (+2 HOUR),
     * "vor drei Tagen" (-3 DAY), "two weeks ago".
     */
    record Offset(double amount, Unit unit, int sign) implements Meaning {
    }

    /** A length of time: "eine Woche" → P1W; a null amount is an unspecified number ("Tage" → PXD). */
    record Duration(Double amount, Unit unit) implements Meaning {
    }

    /** A TIMEX3 value given directly: PAST_REF, PRESENT_REF, FUTURE_REF for vague words. */
    record Literal(String value) implements Meaning {
    }

    /** A recurring time, TIMEX3 type SET: "jährlich" → P1Y, "montags" → XXXX-WXX-1. */
    record Recurrence(String value) implements Meaning {
    }

    /**
     * A phrase pointing back at an earlier expression: "an diesem Tag" (DAY, 0), "am Tag darauf"
     * (DAY, +1). Without an antecedent within reach it stays unresolved unless
     * {@code publicationFallback} (then the publication time's stretch is used, as for "am nächsten Tag"
     * in a report of yesterday).
     */
    record Anaphor(Unit unit, int offset, boolean publicationFallback) implements Meaning {
    }

    /**
     * A part of a day said without the day ("am Nachmittag", "in der Nacht"): of the day last named
     * within reach, else of the publication day. {@code code} is the TIMEX3 part of day (MO, AF, EV, NI).
     */
    record PartOfDay(String code) implements Meaning {
    }

    /**
     * An event named instead of a date ("der Amtseinführung von Donald Trump"): resolved only when
     * the same text dates an event with the same key ("… ist die Amtseinführung geplant" in a
     * sentence that gives one day).
     *
     * @param key  the event noun's lemma, lower case ("amtseinführung")
     * @param name the event phrase as written
     */
    record Event(String key, String name) implements Meaning {
    }
}
