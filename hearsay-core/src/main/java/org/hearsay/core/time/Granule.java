package org.hearsay.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A stretch of the calendar as precise as the text gives it: a year, a month, an ISO week, a day,
 * a part of a day ("Montagabend") or a clock time. Knows its TIMEX3 value and its first and last day.
 *
 * @param unit      precision: CENTURY … DAY, or MINUTE for a clock time
 * @param start     first day of the stretch (aligned: a month starts on the 1st, a week on Monday)
 * @param partOfDay TIMEX3 part of day (MO, AF, EV, NI, DT) for a DAY, WE (weekend) for a WEEK, or null
 * @param time      clock time for a MINUTE, or null
 */
public record Granule(Unit unit, LocalDate start, String partOfDay, LocalTime time) {

    /** The stretch of the given unit that contains the day. */
    public static Granule of(Unit unit, LocalDate day) {
        LocalDate aligned = switch (unit) {
            case CENTURY -> LocalDate.of(day.getYear() / 100 * 100, 1, 1);
            case DECADE -> LocalDate.of(day.getYear() / 10 * 10, 1, 1);
            case YEAR -> day.withDayOfYear(1);
            case HALF_YEAR -> LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case MONTH -> day.withDayOfMonth(1);
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            default -> day;
        };
        Unit coarse = unit.isClock() ? Unit.DAY : unit;
        return new Granule(coarse, aligned, null, null);
    }

    public static Granule day(LocalDate day) {
        return new Granule(Unit.DAY, day, null, null);
    }

    public static Granule clock(LocalDate day, LocalTime time) {
        return new Granule(Unit.MINUTE, day, null, time.withSecond(0).withNano(0));
    }

    public Granule withPartOfDay(String part) {
        return new Granule(Unit.DAY, start, part, null);
    }

    /** The weekend of a week ("2024-W46-WE"). */
    public Granule weekend() {
        return new Granule(Unit.WEEK, start, "WE", null);
    }

    /** True when the value names a time of day, which makes the TIMEX3 type TIME. */
    public boolean hasTimeOfDay() {
        return (unit == Unit.DAY && partOfDay != null) || time != null;
    }

    /** The same kind of stretch, n units later (n may be negative). */
    public Granule shift(int n) {
        if (unit == Unit.MINUTE) {
            return Granule.clock(start, time).plusClock(n, Unit.MINUTE);
        }
        LocalDate moved = start.plus((long) n * unit.multiple(), unit.chrono());
        return new Granule(unit, moved, partOfDay, null);
    }

    /** A clock time moved by an amount of clock units, crossing midnight as needed. */
    public Granule plusClock(long amount, Unit clockUnit) {
        java.time.LocalDateTime moved = start.atTime(time).plus(amount, clockUnit.chrono());
        return Granule.clock(moved.toLocalDate(), moved.toLocalTime());
    }

    /** The first day that belongs to the stretch. */
    public LocalDate first() {
        return start;
    }

    /** The last day that belongs to the stretch. */
    public LocalDate last() {
        if (unit == Unit.MINUTE || unit == Unit.DAY) {
            return start;
        }
        return start.plus(unit.multiple(), unit.chrono()).minusDays(1);
    }

    /** The TIMEX3 value. Years outside 1..9999 are never given a granule (see {@link CalendarCheck}). */
    public String value() {
        int year = start.getYear();
        return switch (unit) {
            case CENTURY -> String.format("%02d", year / 100);
            case DECADE -> String.format("%03d", year / 10);
            case YEAR -> String.format("%04d", year);
            case HALF_YEAR -> String.format("%04d-H%d", year, start.getMonthValue() <= 6 ? 1 : 2);
            case QUARTER -> String.format("%04d-Q%d", year, (start.getMonthValue() - 1) / 3 + 1);
            case MONTH -> String.format("%04d-%02d", year, start.getMonthValue());
            case WEEK -> String.format("%04d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) + (partOfDay == null ? "" : "-" + partOfDay);
            case MINUTE -> start + "T" + String.format("%02d:%02d", time.getHour(), time.getMinute());
            default -> partOfDay == null ? start.toString() : start + "T" + partOfDay;
        };
    }
}
