package org.hearsay.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Checks the numbers a text gives for a date before anything is computed from them: an impossible
 * date ("31.02.") or a year TIMEX3 cannot write (0, 99999) yields the reason it is not resolved.
 */
public final class CalendarCheck {
    private CalendarCheck() {
    }

    /** Why the year cannot be used, or null when it can. */
    public static String year(int year) {
        return year < 1 || year > 9999 ? "year " + year + " is outside 1..9999" : null;
    }

    /** Why month (1..12) and day of month cannot be a date in the year, or null when they can. */
    public static String date(int year, int month, int day) {
        String bad = year(year);
        if (bad != null) {
            return bad;
        }
        if (month < 1 || month > 12) {
            return "month " + month + " does not exist";
        }
        try {
            LocalDate.of(year, month, day);
            return null;
        } catch (DateTimeException e) {
            return "day " + day + "." + month + "." + " does not exist in " + year;
        }
    }

    /** Why hour and minute cannot be a clock time, or null. "24:00" is accepted as end of day. */
    public static String clock(int hour, int minute) {
        if (hour == 24 && minute == 0) {
            return null;
        }
        try {
            LocalTime.of(hour, minute);
            return null;
        } catch (DateTimeException e) {
            return "time " + hour + ":" + minute + " does not exist";
        }
    }
}
