package org.hearsay.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hearsay.core.model.PublicationTime;

/**
 * Reads publication times as news sources print them. A zone is kept only when the text
 * states one; a date without a time is read as the start of that day, and {@code raw} keeps
 * what was actually written.
 */
final class PublicationDates {
    private static final String TIME = "(?:,?\\s*(?:um\\s+)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*(?:Uhr|h)?)?";
    private static final String WEEKDAY = "(?:\\p{L}+\\.?,?\\s+)?";
    private static final Pattern NUMERIC_GERMAN = Pattern.compile(
            WEEKDAY + "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + TIME);
    private static final Pattern DAY_MONTH_NAME = Pattern.compile(
            WEEKDAY + "(\\d{1,2})\\.?\\s+(\\p{L}+)\\.?\\s+(\\d{4})" + TIME);
    private static final Pattern MONTH_NAME_DAY = Pattern.compile(
            WEEKDAY + "(\\p{L}+)\\.?\\s+(\\d{1,2}),\\s*(\\d{4})" + TIME);
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mär", 3), Map.entry("mar", 3), Map.entry("mrz", 3),
            Map.entry("apr", 4), Map.entry("mai", 5), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dez", 12), Map.entry("dec", 12));

    private PublicationDates() {
    }

    /**
     * A whole line that is nothing but a date, as in a plain-text dateline: "12.11.2024 08:09",
     * "12.11.2024, 08:09 Uhr", "12. November 2024", "November 12, 2024", ISO forms.
     */
    static Optional<PublicationTime> dateline(String line) {
        String raw = line.strip();
        Matcher m;
        if ((m = NUMERIC_GERMAN.matcher(raw)).matches()) {
            return build(raw, m.group(3), Integer.parseInt(m.group(2)), m.group(1), m, 4);
        }
        if ((m = DAY_MONTH_NAME.matcher(raw)).matches()) {
            Integer month = month(m.group(2));
            return month == null ? Optional.empty() : build(raw, m.group(3), month, m.group(1), m, 4);
        }
        if ((m = MONTH_NAME_DAY.matcher(raw)).matches()) {
            Integer month = month(m.group(1));
            return month == null ? Optional.empty() : build(raw, m.group(3), month, m.group(2), m, 4);
        }
        if ((m = ISO.matcher(raw)).matches()) {
            return iso(raw, m);
        }
        return Optional.empty();
    }

    /** A machine-readable timestamp from a meta tag, JSON-LD or feed: ISO 8601 or RFC 1123. */
    static Optional<PublicationTime> timestamp(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String raw = value.strip();
        Matcher m = ISO.matcher(raw);
        if (m.matches()) {
            return iso(raw, m);
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(raw, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(new PublicationTime(time.toLocalDateTime(), time.getOffset(), raw));
        } catch (DateTimeParseException e) {
            return dateline(raw);
        }
    }

    private static Optional<PublicationTime> iso(String raw, Matcher m) {
        Optional<PublicationTime> local = build(raw, m.group(1), Integer.parseInt(m.group(2)), m.group(3), m, 4);
        String zone = m.group(7);
        if (local.isEmpty() || zone == null) {
            return local;
        }
        try {
            ZoneOffset offset = zone.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(zone.length() == 5
                    ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            return Optional.of(new PublicationTime(local.get().local(), offset, raw));
        } catch (DateTimeException e) {
            return local;
        }
    }

    /** Groups timeGroup, timeGroup+1, timeGroup+2 hold hour, minute, second, each optional. */
    private static Optional<PublicationTime> build(String raw, String year, int month, String day, Matcher m,
                                                   int timeGroup) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
            LocalTime time = m.group(timeGroup) == null ? LocalTime.MIDNIGHT : LocalTime.of(
                    Integer.parseInt(m.group(timeGroup)), Integer.parseInt(m.group(timeGroup + 1)),
                    m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2)));
            return Optional.of(new PublicationTime(LocalDateTime.of(date, time), null, raw));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Integer month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.length() < 3 ? null : MONTHS.get(lower.substring(0, 3));
    }
}
