package org.hearsay.lang.de.time;

import static org.hearsay.lang.de.time.TimeFixture.find;
import static org.hearsay.lang.de.time.TimeFixture.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.hearsay.core.model.TimeExpression;
import org.hearsay.core.model.TimeExpression.Type;
import org.junit.jupiter.api.Test;

/** The German pattern families on invented sentences, published on Wednesday 5 March 2025, 14:30. */
class GermanTimeStageTest {
    private static final LocalDateTime WEDNESDAY = LocalDateTime.of(2025, 3, 5, 14, 30);

    private static List<TimeExpression> at(String text) {
        return tag(text, WEDNESDAY);
    }

    @Test
    void datesInDigitsAndWords() {
        List<TimeExpression> t = at("Die Messe öffnet am 14.06.2025 um 9:00 Uhr. Der Vertrag lief bis zum 15.12. und wurde am 3. Oktober 2019 unterschrieben.");
        assertEquals("2025-06-14T09:00", find(t, "14.06.2025 um 9:00 Uhr").value());
        TimeExpression until = find(t, "15.12.");
        assertEquals("UNTIL", until.relation());
        assertEquals("2024-12-15", until.value());
        assertEquals("2024-12-15", until.deadline());
        assertEquals("2019-10-03", find(t, "3. Oktober 2019").value());
    }

    @Test
    void bareDatesFollowTheTense() {
        List<TimeExpression> past = at("Am 20. Mai trafen sich die Minister in Graz.");
        assertEquals("2024-05-20", find(past, "20. Mai").value());
        List<TimeExpression> future = at("Am 20. Februar wird die Kommission entscheiden.");
        assertEquals("2026-02-20", find(future, "20. Februar").value());
    }

    @Test
    void monthsWithModifiersAndCoordination() {
        List<TimeExpression> t = at("Die Helfer kamen Ende Januar und Februar, die Arbeiten dauern bis Anfang Juli 2025.");
        TimeExpression late = find(t, "Ende Januar");
        assertEquals("2025-01", late.value());
        assertEquals("END", late.mod());
        assertEquals("2025-02", find(t, "Februar").value());
        TimeExpression july = find(t, "Anfang Juli 2025");
        assertEquals("START", july.mod());
        assertEquals("UNTIL", july.relation());
        assertEquals("2025-07-10", july.deadline());
    }

    @Test
    void aMonthNameAloneNeedsACue() {
        List<TimeExpression> t = at("August Sander fotografierte seit Juli im Hafen.");
        assertTrue(t.stream().noneMatch(x -> x.text().equals("August")), t.toString());
        TimeExpression july = find(t, "Juli");
        assertEquals("SINCE", july.relation());
        assertEquals("2024-07", july.value());
    }

    @Test
    void weekdaysAndPartsOfDay() {
        List<TimeExpression> t = at("Am Montagabend stürmte es, am Freitag wird die Kommission entscheiden.");
        TimeExpression monday = find(t, "Montagabend");
        assertEquals(Type.TIME, monday.type());
        assertEquals("2025-03-03TEV", monday.value());
        assertEquals("2025-03-07", find(t, "Freitag").value());
    }

    @Test
    void aWeekdayInThePresentTenseIsTheComingOne() {
        assertEquals("2025-03-10", find(at("Der Streik beginnt am Montag."), "Montag").value());
        assertEquals("2025-03-10", find(at("Die Brücke wird am Montag wieder geöffnet."), "Montag").value());
        assertEquals("2025-03-10", find(at("Die Fahrer wollen ab Montag streiken."), "Montag").value());
        // "seit" points back even in the present tense.
        assertEquals("2025-03-03", find(at("Die Fahrer streiken seit Montag."), "Montag").value());
        // The day belongs to a noun, not to the verb in the present: the last one.
        assertEquals("2025-03-02", find(at("Das Ergebnis vom Sonntag zeigt den Trend."), "Sonntag").value());
    }

    @Test
    void relativeDaysAndUnits() {
        List<TimeExpression> t = at("Gestern Abend tagte der Rat, heuer steigen die Kosten, nächstes Jahr sinken sie wieder.");
        assertEquals("2025-03-04TEV", find(t, "Gestern Abend").value());
        assertEquals("2025", find(t, "heuer").value());
        assertEquals("2026", find(t, "nächstes Jahr").value());
    }

    @Test
    void endOfTheYearAndStartOfNextYear() {
        List<TimeExpression> t = at("Das Amt soll bis Ende des Jahres besetzt sein, der Umbau beginnt Anfang nächsten Jahres.");
        TimeExpression end = find(t, "Ende des Jahres");
        assertEquals("2025", end.value());
        assertEquals("END", end.mod());
        assertEquals("2025-12-31", end.deadline());
        TimeExpression next = find(t, "Anfang nächsten Jahres");
        assertEquals("2026", next.value());
        assertEquals("START", next.mod());
        assertNull(next.deadline());
    }

    @Test
    void durations() {
        List<TimeExpression> t = at("Die Reparatur dauerte einer Woche weniger als geplant; in zwei Stunden soll die Bahn fahren, innerhalb eines Tages war alles vorbei.");
        assertEquals("P1W", find(t, "einer Woche").value());
        TimeExpression hours = find(t, "zwei Stunden");
        assertEquals(Type.DURATION, hours.type());
        assertEquals("PT2H", hours.value());
        assertEquals("P1D", find(t, "eines Tages").value());
    }

    @Test
    void someDayIsNotADuration() {
        List<TimeExpression> t = at("Eines Tages wird sie zurückkehren.");
        assertTrue(t.isEmpty(), t.toString());
    }

    @Test
    void vagueWords() {
        List<TimeExpression> t = at("Kürzlich hatte der Verein zuvor nie gekannte Sorgen, vorerst bleibt alles, wie es jetzt ist; in den kommenden Tagen folgt mehr.");
        assertEquals("PAST_REF", find(t, "Kürzlich").value());
        assertEquals("PAST_REF", find(t, "zuvor").value());
        assertEquals("PRESENT_REF", find(t, "vorerst").value());
        assertEquals("PRESENT_REF", find(t, "jetzt").value());
        assertEquals("FUTURE_REF", find(t, "den kommenden Tagen").value());
    }

    @Test
    void thatDayRefersBack() {
        List<TimeExpression> t = at("Der Gipfel beginnt am 12. Mai. An diesem Tag werden die Straßen gesperrt, am Tag darauf wieder geöffnet.");
        TimeExpression date = find(t, "12. Mai");
        assertEquals("2025-05-12", date.value());
        TimeExpression that = find(t, "diesem Tag");
        assertEquals("2025-05-12", that.value());
        assertEquals(date.span(), that.anchor());
        assertEquals("2025-05-13", find(t, "Tag darauf").value());
    }

    @Test
    void eventsAreDatedByTheTextOrLeftOpen() {
        List<TimeExpression> t = at("Die Brücke soll vor der Eröffnung der Landesausstellung fertig sein. "
                + "Die Eröffnung der Landesausstellung ist am 9. Juni geplant. Nach dem Einsturz der alten Brücke fuhren Fähren.");
        TimeExpression before = find(t, "der Eröffnung der Landesausstellung");
        assertEquals("BEFORE", before.relation());
        assertEquals("2025-06-09", before.value());
        assertEquals("2025-06-09", before.deadline());
        assertEquals("Eröffnung der Landesausstellung", before.event());
        TimeExpression after = find(t, "dem Einsturz der alten Brücke");
        assertEquals("AFTER", after.relation());
        assertNull(after.value());
        assertEquals("the text gives no date for this event", after.unresolved());
    }

    @Test
    void holidaysAsDeadlines() {
        List<TimeExpression> t = at("Die Lieferung kommt spätestens zu Weihnachten, die Zahlung vor Neujahr.");
        TimeExpression christmas = find(t, "Weihnachten");
        assertEquals("2025-12-25", christmas.value());
        assertEquals("BY", christmas.relation());
        assertEquals("2025-12-25", christmas.deadline());
        TimeExpression newYear = find(t, "Neujahr");
        assertEquals("BEFORE", newYear.relation());
        assertEquals("2026-01-01", newYear.deadline());
    }

    @Test
    void clockTimesTakeTheDayOfTheirSentence() {
        List<TimeExpression> t = at("Das Konzert am Samstag, 8. März beginnt um 20.30 Uhr.");
        assertEquals("2025-03-08", find(t, "Samstag, 8. März").value());
        assertEquals("2025-03-08T20:30", find(t, "20.30 Uhr").value());
    }

    @Test
    void rangesAndWeekends() {
        List<TimeExpression> t = at("Der Markt ist vom 3. bis 6. April von 9.30 bis 18 Uhr geöffnet. Am Wochenende kamen viele Gäste.");
        assertEquals("2025-04-03", find(t, "3.").value());
        assertEquals("2025-04-06", find(t, "6. April").value());
        // The opening hours hold for every day of the range, so they keep no date.
        assertEquals("T09:30", find(t, "9.30").value());
        assertEquals("T18:00", find(t, "18 Uhr").value());
        assertEquals("2025-W09-WE", find(t, "Wochenende").value());
    }

    @Test
    void recurrencesDecadesAndCenturies() {
        List<TimeExpression> t = at("Das Fest findet jährlich statt, montags ist Ruhetag; es entstand in den 1990er Jahren aus einem Brauch des 18. Jahrhunderts.");
        TimeExpression yearly = find(t, "jährlich");
        assertEquals(Type.SET, yearly.type());
        assertEquals("P1Y", yearly.value());
        assertEquals("XXXX-WXX-1", find(t, "montags").value());
        assertEquals("199", find(t, "den 1990er Jahren").value());
        assertEquals("17", find(t, "18. Jahrhunderts").value());
    }

    @Test
    void impossibleDatesAndYearsStayUnresolved() {
        List<TimeExpression> t = at("Die Frist endet am 31.02.2025, das Archiv reicht bis ins Jahr 0 und die Prognose bis ins Jahr 99999.");
        TimeExpression february = find(t, "31.02.2025");
        assertNull(february.value());
        assertTrue(february.unresolved().contains("does not exist"), february.unresolved());
        TimeExpression zero = find(t, "Jahr 0");
        assertNull(zero.value());
        assertTrue(zero.unresolved().contains("outside"));
        assertNull(find(t, "Jahr 99999").value());
    }

    @Test
    void withoutPublicationDateNothingRelativeIsInvented() {
        List<TimeExpression> t = tag("Gestern kam der Bescheid vom 4. April 2023, am Montag folgt die Antwort.", null);
        TimeExpression yesterday = find(t, "Gestern");
        assertNull(yesterday.value());
        assertEquals("no publication date to resolve against", yesterday.unresolved());
        assertEquals("2023-04-04", find(t, "4. April 2023").value());
        assertNull(find(t, "Montag").value());
    }

    @Test
    void everyDayOfAListBeforeItsMonth() {
        List<TimeExpression> t = at("Geprobt wird am 7., 14., und 21. April sowie am 2. und 9. Mai.");
        assertEquals("2025-04-07", find(t, "7.").value());
        assertEquals("2025-04-14", find(t, "14.").value());
        assertEquals("2025-05-02", find(t, "2.").value());
    }

    @Test
    void clockTimesAfterUmWithoutUhr() {
        List<TimeExpression> t = at("Am Samstag, 8. März, ist Einlass um 19.15, das Konzert beginnt um 20 Uhr. Karten kosten um 12.50 Euro.");
        assertEquals("2025-03-08T19:15", find(t, "19.15").value());
        assertEquals("2025-03-08T20:00", find(t, "20 Uhr").value());
        assertTrue(t.stream().noneMatch(e -> e.text().equals("12.50")));
    }

    @Test
    void partOfDayAloneBelongsToTheDayInContext() {
        List<TimeExpression> t = at("Gestern besuchten die Schüler das Museum. Am Nachmittag ging es weiter in den Zoo.");
        TimeExpression afternoon = find(t, "Nachmittag");
        assertEquals("2025-03-04TAF", afternoon.value());
        assertEquals(Type.TIME, afternoon.type());
        List<TimeExpression> alone = at("In der Nacht fiel im ganzen Tal Schnee.");
        assertEquals("2025-03-05TNI", find(alone, "Nacht").value());
        assertTrue(at("Am Abend des 3. Mai wird gefeiert.").stream().noneMatch(e -> e.text().equals("Abend")));
    }

    @Test
    void dayBeforeFarFromItsDayStillTakesTheStorysDay() {
        List<TimeExpression> t = at("Beim Rennen am 1. März siegte eine Läuferin aus Tirol. Es war windig. Die Piste hielt. "
                + "Viele Fans kamen. Die Stimmung war gut. Wie schon am Tag zuvor lag sie vorne.");
        assertEquals("2025-02-28", find(t, "Tag zuvor").value());
        List<TimeExpression> both = at("Am 1. März gewann sie in Arosa. Wie schon am Tag zuvor war es knapp, wie ihr Sieg vom Vortag.");
        assertEquals("2025-02-28", find(both, "Tag zuvor").value());
        assertEquals("2025-02-28", find(both, "Vortag").value());
    }

    @Test
    void agesAreNoDurations() {
        List<TimeExpression> t = at("Die 22 Jahre alte Läuferin, ihr drei Jahre jüngerer Bruder und Jugendliche ab 16 Jahren trainierten zwei Jahre lang.");
        assertEquals(List.of("zwei Jahre"), t.stream().map(TimeExpression::text).toList());
    }

    @Test
    void everyWeekdayWithOrdinalOrPartOfDay() {
        List<TimeExpression> t = at("Der Chor probt jedem Dienstagabend, der Stammtisch trifft sich jeden zweiten Freitag.");
        TimeExpression tuesday = find(t, "jedem Dienstagabend");
        assertEquals(Type.SET, tuesday.type());
        assertEquals("XXXX-WXX-2TEV", tuesday.value());
        assertEquals("XXXX-WXX-5", find(t, "jeden zweiten Freitag").value());
        assertEquals("P1M", find(at("Der Markt ist jeden ersten Samstag im Monat geöffnet."), "jeden ersten Samstag im Monat").value());
    }

    @Test
    void presentAndFutureAdjectives() {
        List<TimeExpression> t = at("Die heutigen Preise decken zukünftige Investitionen nicht.");
        assertEquals("PRESENT_REF", find(t, "heutigen").value());
        assertEquals("FUTURE_REF", find(t, "zukünftige").value());
    }

    @Test
    void clockTimesAfterSeveralDaysHoldForEachOfThem() {
        List<TimeExpression> t = at("Führungen gibt es am 8. und 9. März von 10 bis 16 Uhr sowie am 15. März um 11 Uhr.");
        assertEquals("T10:00", find(t, "10").value());
        assertEquals("T16:00", find(t, "16 Uhr").value());
        assertEquals("2025-03-15T11:00", find(t, "11 Uhr").value());
    }

    @Test
    void comingAndPastYearsInThePluralAreNoSingleYear() {
        List<TimeExpression> t = at("Die Pläne der kommenden Jahre hängen an den Erfahrungen der vergangenen Monate.");
        assertEquals("FUTURE_REF", find(t, "kommenden Jahre").value());
        assertEquals("PXM", find(t, "vergangenen Monate").value());
    }

    @Test
    void partsOfDaysOfDatesAndHalvesAndTrimestersOfYears() {
        List<TimeExpression> t = at("In der Nacht des 2. Februar schneite es. Im dritten Trimester 2024 und in der ersten Jahreshälfte stieg der Absatz.");
        assertEquals("2025-02-02TNI", find(t, "Nacht des 2. Februar").value());
        assertEquals("2024-Q3", find(t, "dritten Trimester 2024").value());
        assertEquals("2025-H1", find(t, "ersten Jahreshälfte").value());
    }
}

