package org.hearsay.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.TimeExpression;
import org.junit.jupiter.api.Test;

class TimeResolverTest {
    private static final PublicationTime TUESDAY = new PublicationTime(LocalDateTime.of(2024, 11, 12, 8, 9), null, "12.11.2024 08:09");
    private static final String TEXT = "x".repeat(200);

    private final List<Mention> mentions = new ArrayList<>();

    private void add(int sentence, Meaning meaning, String mod, Relation relation, Direction direction) {
        int start = mentions.size() * 10;
        mentions.add(new Mention(new Span(start, start + 5), sentence, meaning, mod, relation, direction));
    }

    private List<TimeExpression> resolve(PublicationTime published, List<EventNoun> nouns) {
        return TimeResolver.resolve(TEXT, mentions, nouns, published);
    }

    @Test
    void bareDatesTakeTheirYearFromTheTense() {
        add(0, Meaning.CalendarDate.day(null, 1, 20), null, null, Direction.FUTURE);
        add(1, Meaning.CalendarDate.day(null, 11, 7), null, null, Direction.PAST);
        add(2, Meaning.CalendarDate.day(null, 6, 20), null, null, Direction.FUTURE);
        add(3, Meaning.CalendarDate.month(null, 8), "END", null, Direction.UNKNOWN);
        List<TimeExpression> out = resolve(TUESDAY, List.of());
        assertEquals("2025-01-20", out.get(0).value());
        assertEquals("2024-11-07", out.get(1).value());
        assertEquals("2025-06-20", out.get(2).value());
        assertEquals("2024-08", out.get(3).value());
        assertEquals("END", out.get(3).mod());
    }

    @Test
    void pastTenseStillTakesADateShortlyAhead() {
        // "She said the offer runs out on 20 December", "it said sales resume in January", "they met in April".
        add(0, Meaning.CalendarDate.day(null, 12, 20), null, null, Direction.PAST);
        add(1, Meaning.CalendarDate.month(null, 1), null, null, Direction.PAST);
        add(2, Meaning.CalendarDate.month(null, 4), null, null, Direction.PAST);
        add(3, Meaning.CalendarDate.day(null, 10, 1), null, null, Direction.FUTURE);
        List<TimeExpression> out = resolve(TUESDAY, List.of());
        assertEquals("2024-12-20", out.get(0).value());
        assertEquals("2025-01", out.get(1).value());
        assertEquals("2024-04", out.get(2).value());
        assertEquals("2025-10-01", out.get(3).value());
    }

    @Test
    void aDateWithoutYearSharesTheYearOfThePhraseBefore() {
        // "Die Kur beginnt im Frühjahr 2026. Im April folgt ein Vortrag." — "Gegründet 1990, zahlt sie am 1. Februar."
        // — "Am 2. März 2026 wird gewählt. Im Juni trafen sich die Parteien." (past: not June 2026)
        add(0, new Meaning.Season("SP", 2026, 0), null, null, Direction.UNKNOWN);
        add(1, Meaning.CalendarDate.month(null, 4), null, null, Direction.UNKNOWN);
        add(5, Meaning.CalendarDate.year(1990), null, null, Direction.PAST);
        add(5, Meaning.CalendarDate.day(null, 2, 1), null, null, Direction.UNKNOWN);
        add(9, Meaning.CalendarDate.day(2026, 3, 2), null, null, Direction.FUTURE);
        add(10, Meaning.CalendarDate.month(null, 6), null, null, Direction.PAST);
        List<TimeExpression> out = resolve(TUESDAY, List.of());
        assertEquals("2026-04", out.get(1).value());
        assertEquals("2025-02-01", out.get(3).value());
        assertEquals("2024-06", out.get(5).value());
    }

    @Test
    void weekdayWithoutTenseIsTheLastOneOrTomorrow() {
        // Published on a Tuesday: "Thursday's closing price", "Tuesday's vote", "Monday's meeting", "the Wednesday session".
        add(0, new Meaning.Weekday(DayOfWeek.THURSDAY, null), null, null, Direction.UNKNOWN);
        add(0, new Meaning.Weekday(DayOfWeek.TUESDAY, null), null, null, Direction.UNKNOWN);
        add(0, new Meaning.Weekday(DayOfWeek.MONDAY, null), null, null, Direction.UNKNOWN);
        add(0, new Meaning.Weekday(DayOfWeek.WEDNESDAY, null), null, null, Direction.UNKNOWN);
        List<TimeExpression> out = resolve(TUESDAY, List.of());
        assertEquals("2024-11-07", out.get(0).value());
        assertEquals("2024-11-12", out.get(1).value());
        assertEquals("2024-11-11", out.get(2).value());
        assertEquals("2024-11-13", out.get(3).value());
    }

    @Test
    void adjacentMonthIsTheNearestOneOnThatSide() {
        // "last April", "last December", "next March" said in November 2024.
        add(0, new Meaning.AdjacentMonth(4, -1), null, null, Direction.UNKNOWN);
        add(0, new Meaning.AdjacentMonth(12, -1), null, null, Direction.UNKNOWN);
        add(0, new Meaning.AdjacentMonth(3, 1), null, null, Direction.UNKNOWN);
        add(0, new Meaning.AdjacentMonth(11, -1), null, null, Direction.UNKNOWN);
        List<TimeExpression> out = resolve(TUESDAY, List.of());
        assertEquals("2024-04", out.get(0).value());
        assertEquals("2023-12", out.get(1).value());
        assertEquals("2025-03", out.get(2).value());
        assertEquals("2023-11", out.get(3).value());
    }

    @Test
    void aYearEarlierAfterAQuarterIsThatQuarterAYearBefore() {
        // "Third-quarter sales rose 5%. Profit fell from $2 million a year earlier." — and without a quarter, the year.
        add(0, new Meaning.PartOfYear(Unit.QUARTER, 3, null, 0), null, null, Direction.PAST);
        add(1, new Meaning.Offset(1, Unit.YEAR, -1), null, null, Direction.PAST);
        add(9, new Meaning.Offset(2, Unit.YEAR, -1), null, null, Direction.PAST);
        List<TimeExpression> out = resolve(TUESDAY, List.of());
        assertEquals("2024-Q3", out.get(0).value());
        assertEquals("2023-Q3", out.get(1).value());
        assertEquals(out.get(0).span(), out.get(1).anchor());
        assertEquals("2022", out.get(2).value());
    }

    @Test
    void untilEndOfYearIsADeadlineOnItsLastDay() {
        add(0, new Meaning.Relative(Unit.YEAR, 0, null), "END", Relation.UNTIL, Direction.UNKNOWN);
        add(0, Meaning.CalendarDate.day(null, 1, 1), null, Relation.BEFORE, Direction.UNKNOWN);
        add(0, Meaning.CalendarDate.day(null, 12, 15), null, Relation.UNTIL, Direction.UNKNOWN);
        List<TimeExpression> out = resolve(TUESDAY, List.of());
        assertEquals("2024", out.get(0).value());
        assertEquals("2024-12-31", out.get(0).deadline());
        assertEquals("2025-01-01", out.get(1).deadline());
        assertEquals("2024-12-15", out.get(2).deadline());
    }

    @Test
    void weekdaysPartsOfDayAndOffsets() {
        add(0, new Meaning.Weekday(DayOfWeek.MONDAY, "EV"), null, null, Direction.PAST);
        add(0, new Meaning.Weekday(DayOfWeek.FRIDAY, null), null, null, Direction.FUTURE);
        add(0, new Meaning.Offset(2, Unit.HOUR, 1), null, null, Direction.UNKNOWN);
        add(0, new Meaning.Offset(3, Unit.DAY, -1), null, null, Direction.UNKNOWN);
        add(0, new Meaning.Duration(1.0, Unit.WEEK), null, null, Direction.UNKNOWN);
        add(0, new Meaning.Duration(null, Unit.HOUR), null, null, Direction.UNKNOWN);
        List<TimeExpression> out = resolve(TUESDAY, List.of());
        assertEquals("2024-11-11TEV", out.get(0).value());
        assertEquals(TimeExpression.Type.TIME, out.get(0).type());
        assertEquals("2024-11-15", out.get(1).value());
        assertEquals("2024-11-12T10:09", out.get(2).value());
        assertEquals("2024-11-09", out.get(3).value());
        assertEquals("P1W", out.get(4).value());
        assertEquals(TimeExpression.Type.DURATION, out.get(4).type());
        assertEquals("PTXH", out.get(5).value());
    }

    @Test
    void anaphoraFindTheirAntecedent() {
        add(0, Meaning.CalendarDate.day(null, 1, 20), null, null, Direction.FUTURE);
        add(0, new Meaning.Anaphor(Unit.DAY, 0, false), null, null, Direction.UNKNOWN);
        add(1, new Meaning.Anaphor(Unit.DAY, 1, false), null, null, Direction.UNKNOWN);
        List<TimeExpression> out = resolve(TUESDAY, List.of());
        assertEquals("2025-01-20", out.get(1).value());
        assertEquals(out.get(0).span(), out.get(1).anchor());
        assertEquals("2025-01-21", out.get(2).value());
    }

    @Test
    void anaphorWithoutAntecedentStaysUnresolved() {
        add(5, new Meaning.Anaphor(Unit.DAY, 0, false), null, null, Direction.UNKNOWN);
        TimeExpression out = resolve(TUESDAY, List.of()).getFirst();
        assertNull(out.value());
        assertTrue(out.unresolved().contains("no earlier day"));
    }

    @Test
    void eventsTakeTheDayTheTextGivesThem() {
        add(0, new Meaning.Event("krönung", "der Krönung"), null, Relation.BEFORE, Direction.UNKNOWN);
        add(2, Meaning.CalendarDate.day(null, 3, 4), null, null, Direction.FUTURE);
        add(3, new Meaning.Event("einweihung", "der Einweihung"), null, Relation.AFTER, Direction.UNKNOWN);
        List<EventNoun> nouns = List.of(new EventNoun("krönung", 2, new Span(150, 157)));
        List<TimeExpression> out = resolve(TUESDAY, nouns);
        assertEquals("2025-03-04", out.get(0).value());
        assertEquals("BEFORE", out.get(0).relation());
        assertEquals("2025-03-04", out.get(0).deadline());
        assertEquals("der Krönung", out.get(0).event());
        assertEquals(out.get(1).span(), out.get(0).anchor());
        assertNull(out.get(2).value());
        assertEquals("the text gives no date for this event", out.get(2).unresolved());
    }

    @Test
    void impossibleDatesAndYearsAreNeverInvented() {
        add(0, Meaning.CalendarDate.day(null, 2, 31), null, null, Direction.UNKNOWN);
        add(0, Meaning.CalendarDate.year(0), null, null, Direction.UNKNOWN);
        add(0, Meaning.CalendarDate.year(99999), null, null, Direction.UNKNOWN);
        add(0, Meaning.CalendarDate.day(2023, 2, 29), null, null, Direction.UNKNOWN);
        add(0, Meaning.CalendarDate.day(2024, 2, 29), null, null, Direction.UNKNOWN);
        List<TimeExpression> out = resolve(TUESDAY, List.of());
        for (int i = 0; i < 4; i++) {
            assertNull(out.get(i).value(), out.get(i).toString());
            assertTrue(out.get(i).unresolved() != null);
        }
        assertEquals("2024-02-29", out.get(4).value());
    }

    @Test
    void withoutPublicationDateRelativeValuesStayOpen() {
        add(0, new Meaning.Relative(Unit.DAY, -1, null), null, null, Direction.PAST);
        add(0, Meaning.CalendarDate.day(null, 8, 3), null, null, Direction.PAST);
        add(0, Meaning.CalendarDate.day(2019, 8, 3), null, null, Direction.PAST);
        add(0, new Meaning.Literal("PAST_REF"), null, null, Direction.PAST);
        List<TimeExpression> out = resolve(null, List.of());
        assertNull(out.get(0).value());
        assertEquals("no publication date to resolve against", out.get(0).unresolved());
        assertNull(out.get(1).value());
        assertEquals("2019-08-03", out.get(2).value());
        assertEquals("PAST_REF", out.get(3).value());
    }

    @Test
    void clockOffsetsNeedAPublicationClock() {
        add(0, new Meaning.Offset(2, Unit.HOUR, 1), null, null, Direction.UNKNOWN);
        PublicationTime dateOnly = new PublicationTime(LocalDateTime.of(2024, 11, 12, 0, 0), null, "12.11.2024");
        TimeExpression out = resolve(dateOnly, List.of()).getFirst();
        assertNull(out.value());
        assertEquals("publication time has no time of day", out.unresolved());
    }

    @Test
    void weekendsLookBackInPastTense() {
        add(0, new Meaning.Relative(Unit.WEEK, 0, "WE"), null, null, Direction.PAST);
        add(0, new Meaning.Relative(Unit.WEEK, 0, "WE"), null, null, Direction.FUTURE);
        List<TimeExpression> out = resolve(TUESDAY, List.of());
        assertEquals("2024-W45-WE", out.get(0).value());
        assertEquals(TimeExpression.Type.DATE, out.get(0).type());
        assertEquals("2024-W46-WE", out.get(1).value());
    }

    @Test
    void granuleValues() {
        java.time.LocalDate d = java.time.LocalDate.of(2024, 11, 12);
        assertEquals("2024-W46", Granule.of(Unit.WEEK, d).value());
        assertEquals("2024-Q4", Granule.of(Unit.QUARTER, d).value());
        assertEquals("2024-H2", Granule.of(Unit.HALF_YEAR, d).value());
        assertEquals("202", Granule.of(Unit.DECADE, d).value());
        assertEquals("20", Granule.of(Unit.CENTURY, d).value());
        assertEquals("2024-12-31", Granule.of(Unit.QUARTER, d).last().toString());
        assertEquals("P20Y", Unit.DECADE.duration(2.0));
        assertEquals("P1.5Y", Unit.YEAR.duration(1.5));
    }

    @Test
    void lastOrNextWeekdayNamedOnThatWeekdayIsAWeekAway() {
        // Published on a Tuesday: "last Tuesday", "next Tuesday", and a past-tense "on Tuesday" (today).
        add(0, new Meaning.Weekday(DayOfWeek.TUESDAY, null, null, true), null, null, Direction.PAST);
        add(0, new Meaning.Weekday(DayOfWeek.TUESDAY, null, null, true), null, null, Direction.FUTURE);
        add(0, new Meaning.Weekday(DayOfWeek.TUESDAY, null), null, null, Direction.PAST);
        List<TimeExpression> out = resolve(TUESDAY, List.of());
        assertEquals("2024-11-05", out.get(0).value());
        assertEquals("2024-11-19", out.get(1).value());
        assertEquals("2024-11-12", out.get(2).value());
    }

    @Test
    void aClockTimeAfterAListOfDaysHasNoDate() {
        // "am 20. und 21. November, jeweils 19 Uhr; am 23. November 10 Uhr"
        add(0, Meaning.CalendarDate.day(null, 11, 20), null, null, Direction.FUTURE);
        add(0, Meaning.CalendarDate.day(null, 11, 21), null, null, Direction.FUTURE);
        add(0, new Meaning.CalendarDate(null, null, null, 19, null, null), null, null, Direction.FUTURE);
        add(0, Meaning.CalendarDate.day(null, 11, 23), null, null, Direction.FUTURE);
        add(0, new Meaning.CalendarDate(null, null, null, 10, null, null), null, null, Direction.FUTURE);
        List<TimeExpression> out = resolve(TUESDAY, List.of());
        assertEquals("T19:00", out.get(2).value());
        assertEquals(TimeExpression.Type.TIME, out.get(2).type());
        assertEquals("2024-11-23T10:00", out.get(4).value());
    }
}

