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

    @Test
    void lastAndNextWeekdayAreNeverThePublicationDay() {
        List<TimeExpression> t = at("The board met last Wednesday and meets again next Wednesday; it said Wednesday it was pleased.");
        assertEquals("2025-02-26", find(t, "last Wednesday").value());
        assertEquals("2025-03-12", find(t, "next Wednesday").value());
        assertEquals("2025-03-05", find(t, "Wednesday").value());
    }

    @Test
    void aWeekdayAfterAVerbOfSayingDatesTheSaying() {
        List<TimeExpression> t = at("The ministry said Monday that the troops will stay. Ms. Orde said on Tuesday the plant will close.");
        assertEquals("2025-03-03", find(t, "Monday").value());
        assertEquals("2025-03-04", find(t, "Tuesday").value());
        assertEquals("2025-W09-WE", find(at("The mayor said over the weekend the port is open."), "the weekend").value());
    }

    @Test
    void plannedInfinitivesLookAhead() {
        List<TimeExpression> t = at("The ferry line, set to reopen Monday, is to resume freight Friday; the vote was expected to pass Tuesday.");
        assertEquals("2025-03-10", find(t, "Monday").value());
        assertEquals("2025-03-07", find(t, "Friday").value());
        assertEquals("2025-03-04", find(t, "Tuesday").value());
    }

    @Test
    void endedAndEffectiveFixTheYearOfADate() {
        List<TimeExpression> t = at("Revenue for the year ended Sept. 30 rose, and the new fee applies effective Jan. 15.");
        assertEquals("2024-09-30", find(t, "Sept. 30").value());
        assertEquals("2026-01-15", find(t, "Jan. 15").value());
    }

    @Test
    void aDateDescribingANounIsNoDeadline() {
        // "by" governs "accord", so the date keeps the nearer year instead of being pushed ahead.
        List<TimeExpression> t = at("The rules were laid down by the Feb. 20 accord, and shares fell before Monday's auction.");
        assertEquals("2025-02-20", find(t, "Feb. 20").value());
        assertEquals("2025-03-03", find(t, "Monday").value());
    }

    @Test
    void weekendsPluralWeekdaysAndReportedPeriods() {
        List<TimeExpression> t = at("The market opens on Tuesday nights and Saturdays this weekend. Profit rose in the latest period.");
        TimeExpression nights = find(t, "Tuesday nights");
        assertEquals(Type.SET, nights.type());
        assertEquals("XXXX-WXX-2TNI", nights.value());
        assertEquals("XXXX-WXX-6", find(t, "Saturdays").value());
        assertEquals("2025-W10-WE", find(t, "this weekend").value());
        assertEquals("2024-Q4", find(t, "the latest period").value());
    }

    @Test
    void theReportedPeriodOfANamedYear() {
        List<TimeExpression> t = at("Profit in the fourth quarter rose to $3 million from $2 million in the 2023 quarter.");
        assertEquals("2024-Q4", find(t, "the fourth quarter").value());
        assertEquals("2023-Q4", find(t, "the 2023 quarter").value());
    }

    @Test
    void aYearEndedOnADayIsTwelveMonths() {
        List<TimeExpression> t = at("Sales for the fiscal year ended June 30 rose 4%.");
        TimeExpression year = find(t, "the fiscal year");
        assertEquals(Type.DURATION, year.type());
        assertEquals("P1Y", year.value());
        assertEquals("2024-06-30", find(t, "June 30").value());
    }

    @Test
    void compoundNumbersAndWordsBetweenNumberAndUnit() {
        List<TimeExpression> t = at("Prices fell for three straight days; the pact runs for twenty-four months and may last 10 more years.");
        assertEquals("P3D", find(t, "three straight days").value());
        assertEquals("P24M", find(t, "twenty-four months").value());
        assertEquals("P10Y", find(t, "10 more years").value());
    }

    @Test
    void spokenYearsAfterNineteenNinetyNineAndTheNearFuture() {
        List<TimeExpression> t = at("By the year two thousand the club had won by two thousand votes; in two thousand and four it closes in the near future.");
        assertEquals("2000", find(t, "the year two thousand").value());
        assertEquals("2004", find(t, "two thousand and four").value());
        assertEquals("FUTURE_REF", find(t, "the near future").value());
        assertTrue(t.stream().noneMatch(x -> x.text().equals("two thousand")));
    }

    @Test
    void aGerundCarriesNoTense() {
        assertEquals("2025-03-11", find(at("The exchange is to resume trading in Paris Tuesday."), "Tuesday").value());
        assertEquals("2024-08-06", find(at("Stocks rose, leaving the index below its high set on Aug. 6."), "Aug. 6").value());
    }

    @Test
    void yearsAfterPossessivesBothAndDue() {
        List<TimeExpression> t = at("The firm's 2023 profit fell, notes due 2029 were sold, and costs rise in both 2026 and 2027.");
        assertEquals("2023", find(t, "2023").value());
        assertEquals("2029", find(t, "2029").value());
        assertEquals("2026", find(t, "2026").value());
        assertEquals("2027", find(t, "2027").value());
    }

    @Test
    void thePastYearIsTheYearBefore() {
        List<TimeExpression> t = at("Sales grew in the past year and the market rallied the past weekend.");
        assertEquals("2024", find(t, "the past year").value());
        assertEquals("2025-W09-WE", find(t, "the past weekend").value());
    }
}

