package org.hearsay.lang.en.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Provenance;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.TimeExpression;
import org.hearsay.core.model.TimeExpression.Type;
import org.hearsay.lang.en.tokens.EnglishTokenStage;
import org.junit.jupiter.api.Test;

/** The English pattern families on invented sentences, published on Wednesday 5 March 2025, 14:30. */
class EnglishTimeStageTest {
    private static final EnglishTokenStage TOKENS = new EnglishTokenStage();
    private static final EnglishTimeStage TIME = new EnglishTimeStage();
    private static final LocalDateTime WEDNESDAY = LocalDateTime.of(2025, 3, 5, 14, 30);

    private static List<TimeExpression> tag(String text, LocalDateTime published) {
        PublicationTime time = published == null ? null : new PublicationTime(published, null, published.toString());
        Article article = new Article(ContentHash.of(text), "test", "text", null, null, null, null, time, "en", text, List.of());
        return TIME.apply(TOKENS.apply(Analysis.of(article, new Provenance("test", "test", List.of())))).get(Layers.TIME_EXPRESSIONS);
    }

    private static List<TimeExpression> at(String text) {
        return tag(text, WEDNESDAY);
    }

    private static TimeExpression find(List<TimeExpression> all, String text) {
        return all.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no expression '" + text + "' among " + all));
    }

    @Test
    void datesFollowTheTense() {
        List<TimeExpression> t = at("The council met on May 20 and will vote on February 20. The plant opened on 3 October 2019.");
        assertEquals("2024-05-20", find(t, "May 20").value());
        assertEquals("2026-02-20", find(t, "February 20").value());
        assertEquals("2019-10-03", find(t, "3 October 2019").value());
    }

    @Test
    void deadlinesFromByUntilAndBefore() {
        List<TimeExpression> t = at("The bridge must be finished by the end of the year and tolls stay until June, before Christmas nothing moves.");
        TimeExpression end = find(t, "the end of the year");
        assertEquals("2025", end.value());
        assertEquals("END", end.mod());
        assertEquals("BY", end.relation());
        assertEquals("2025-12-31", end.deadline());
        TimeExpression june = find(t, "June");
        assertEquals("UNTIL", june.relation());
        assertEquals("2025-06-30", june.deadline());
        TimeExpression christmas = find(t, "Christmas");
        assertEquals("BEFORE", christmas.relation());
        assertEquals("2025-12-25", christmas.deadline());
    }

    @Test
    void weekdaysRelativeDaysAndUnits() {
        List<TimeExpression> t = at("Storms hit on Monday evening, the road reopens next Friday; yesterday the mayor said prices rise next year.");
        TimeExpression monday = find(t, "Monday evening");
        assertEquals(Type.TIME, monday.type());
        assertEquals("2025-03-03TEV", monday.value());
        assertEquals("2025-03-07", find(t, "next Friday").value());
        assertEquals("2025-03-04", find(t, "yesterday").value());
        assertEquals("2026", find(t, "next year").value());
    }

    @Test
    void aWeekdayAfterOnInThePresentTenseIsTheComingOne() {
        assertEquals("2025-03-10", find(at("The strike begins on Monday."), "Monday").value());
        // Set off by a comma, the day goes with "said", not with the present of the reported words.
        assertEquals("2025-03-03", find(at("On Monday, the minister said the talks are over."), "Monday").value());
        assertEquals("2025-03-04", find(at("The move follows Tuesday's decision."), "Tuesday").value());
    }

    @Test
    void offsetsAndDurations() {
        List<TimeExpression> t = at("Two weeks ago the talks stalled; in two hours they resume and may last a week.");
        assertEquals("2025-W08", find(t, "Two weeks ago").value());
        TimeExpression hours = find(t, "in two hours");
        assertEquals(Type.TIME, hours.type());
        assertEquals("2025-03-05T16:30", hours.value());
        TimeExpression week = find(t, "a week");
        assertEquals(Type.DURATION, week.type());
        assertEquals("P1W", week.value());
    }

    @Test
    void vagueWordsAndRecurrences() {
        List<TimeExpression> t = at("The firm recently moved, currently employs 40 people, pays dividends yearly and will grow in the future.");
        assertEquals("PAST_REF", find(t, "recently").value());
        assertEquals("PRESENT_REF", find(t, "currently").value());
        TimeExpression yearly = find(t, "yearly");
        assertEquals(Type.SET, yearly.type());
        assertEquals("P1Y", yearly.value());
        assertEquals("FUTURE_REF", find(t, "the future").value());
    }

    @Test
    void yearsCenturiesAndSpokenYears() {
        List<TimeExpression> t = at("His 1996 campaign echoed the 19th century; in nineteen ninety-one it began, in January nineteen ninety-seven it ended.");
        assertEquals("1996", find(t, "1996").value());
        assertEquals("18", find(t, "the 19th century").value());
        assertEquals("1991", find(t, "nineteen ninety-one").value());
        assertEquals("1997-01", find(t, "January nineteen ninety-seven").value());
    }

    @Test
    void lastAndThisMonth() {
        List<TimeExpression> t = at("Exports fell last February, peaked last April and should recover this September.");
        assertEquals("2025-02", find(t, "last February").value());
        assertEquals("2024-04", find(t, "last April").value());
        assertEquals("2025-09", find(t, "this September").value());
    }

    @Test
    void quartersDecadesAndClockTimes() {
        List<TimeExpression> t = at("Sales fell in the fourth quarter, as in the 1990s. The market opens at 9:30 a.m. on Thursday.");
        assertEquals("2024-Q4", find(t, "the fourth quarter").value());
        assertEquals("199", find(t, "the 1990s").value());
        assertEquals("2025-03-05T09:30", find(t, "9:30 a.m.").value());
    }

    @Test
    void thatDayAndEvents() {
        List<TimeExpression> t = at("The summit opens on June 9. On that day roads close. Talks will end before the summit, and after the crash of the old ferry, nobody sailed.");
        assertEquals("2025-06-09", find(t, "that day").value());
        TimeExpression summit = find(t, "the summit");
        assertEquals("BEFORE", summit.relation());
        assertEquals("2025-06-09", summit.value());
        assertEquals("summit", summit.event());
        TimeExpression crash = find(t, "the crash of the old ferry");
        assertNull(crash.value());
        assertEquals("AFTER", crash.relation());
    }

    @Test
    void badInputIsNeverGuessed() {
        List<TimeExpression> t = at("The form is dated 2/31/2025.");
        TimeExpression bad = find(t, "2/31/2025");
        assertNull(bad.value());
        assertTrue(bad.unresolved().contains("does not exist"));
        List<TimeExpression> undated = tag("Yesterday the office closed.", null);
        assertNull(find(undated, "Yesterday").value());
    }

    @Test
    void earningsReportsNameTheirPeriodsByReference() {
        List<TimeExpression> t = at("Net income for the fourth quarter rose 8%. The year-earlier quarter had been hurt by a strike, "
                + "and profit was up from $4 million a year ago. The quarter also saw a new plant open; year-ago sales were lower.");
        assertEquals("2024-Q4", find(t, "the fourth quarter").value());
        assertEquals("2023-Q4", find(t, "The year-earlier quarter").value());
        assertEquals("2023-Q4", find(t, "a year ago").value());
        assertEquals("2024-Q4", find(t, "The quarter").value());
        assertEquals("2023-Q4", find(t, "year-ago").value());
        List<TimeExpression> alone = at("Analysts liked the latest quarter.");
        assertEquals("2024-Q4", find(alone, "the latest quarter").value());
    }

    @Test
    void quartersOfANamedYearAndCountedStretches() {
        List<TimeExpression> t = at("Orders for next year's first quarter beat the 2023 second quarter, and the nine months ended in June.");
        assertEquals("2026-Q1", find(t, "next year's first quarter").value());
        assertEquals("2023-Q2", find(t, "the 2023 second quarter").value());
        assertEquals("P9M", find(t, "the nine months").value());
        assertEquals("P23Y", find(at("He is the 23-year veteran of the team."), "23-year").value());
    }

    @Test
    void lastMonthNameAndReportedSpeechDates() {
        List<TimeExpression> t = at("She said the offer expires April 2 and that prices peaked last June.");
        assertEquals("2025-04-02", find(t, "April 2").value());
        assertEquals("2024-06", find(t, "last June").value());
    }

    @Test
    void agesAreNoDurations() {
        List<TimeExpression> t = at("The chairman, 61 years old, is ten years older than his deputy and has led the firm for six years.");
        assertEquals(List.of("six years"), t.stream().map(TimeExpression::text).toList());
    }

    @Test
    void clockBeforeItsDay() {
        List<TimeExpression> t = at("Polls closed at 8 p.m. EST Monday; the count resumes at noon Thursday and ends 6:30 p.m. March 9.");
        TimeExpression monday = find(t, "8 p.m. EST Monday");
        assertEquals(TimeExpression.Type.TIME, monday.type());
        assertEquals("2025-03-03T20:00", monday.value());
        assertEquals("2025-03-06T12:00", find(t, "noon Thursday").value());
        assertEquals("2025-03-09T18:30", find(t, "6:30 p.m. March 9").value());
        List<TimeExpression> late = at("The talks ended late yesterday; earlier Monday both sides had walked out.");
        assertEquals("2025-03-04", find(late, "late yesterday").value());
        assertEquals("2025-03-03", find(late, "earlier Monday").value());
    }
}
