package org.hearsay.lang.de.time;

import static org.hearsay.lang.de.time.TimeFixture.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.hearsay.core.model.TimeExpression;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every row of the "Time expressions" table of the seed article's hand-made reference
 * (shared/seed/gold.md). The article is read from the shared folder; the test is skipped without it.
 */
class SeedTimeTableTest {
    private static List<TimeExpression> times;

    @BeforeAll
    static void tagSeed() throws Exception {
        Path seed = TimeFixture.shared("seed/000_2a976e1a81791f92.txt").orElse(null);
        Assumptions.assumeTrue(seed != null, "seed article not available");
        times = TimeFixture.tag(Files.readString(seed), LocalDateTime.of(2024, 11, 12, 8, 9));
    }

    @Test
    void publicationLine() {
        TimeExpression t = find(times, "12.11.2024 08:09");
        assertEquals(TimeExpression.Type.TIME, t.type());
        assertEquals("2024-11-12T08:09", t.value());
    }

    @Test
    void inaugurationIsDatedByTheTextItself() {
        TimeExpression date = find(times, "20. Januar");
        assertEquals("2025-01-20", date.value());
        TimeExpression thatDay = find(times, "diesem Tag");
        assertEquals("2025-01-20", thatDay.value());
        assertEquals(date.span(), thatDay.anchor());
        TimeExpression before = find(times, "der Amtseinführung von Donald Trump");
        assertEquals("BEFORE", before.relation());
        assertEquals("Amtseinführung von Donald Trump", before.event());
        assertEquals("2025-01-20", before.value());
        assertEquals("2025-01-20", before.deadline());
    }

    @Test
    void pastDatesAndVagueWords() {
        assertEquals("2024-11-07", find(times, "7. November").value());
        assertEquals("PAST_REF", find(times, "zuvor").value());
        assertEquals("PAST_REF", find(times, "Zuvor").value());
        assertEquals("PAST_REF", find(times, "kürzlich").value());
        assertEquals("PRESENT_REF", find(times, "vorerst").value());
        assertEquals("PRESENT_REF", find(times, "jetzt").value());
    }

    @Test
    void withinADay() {
        TimeExpression t = find(times, "eines Tages");
        assertEquals(TimeExpression.Type.DURATION, t.type());
        assertEquals("P1D", t.value());
    }

    @Test
    void untilTheEndOfTheYear() {
        TimeExpression t = find(times, "Ende des Jahres");
        assertEquals("2024", t.value());
        assertEquals("END", t.mod());
        assertEquals("UNTIL", t.relation());
        assertEquals("2024-12-31", t.deadline());
    }

    @Test
    void incursionStaysAnUnresolvedEvent() {
        TimeExpression t = find(times, "dem Eindringen der SZU");
        assertEquals("BEFORE", t.relation());
        assertEquals("Eindringen der SZU", t.event());
        assertNull(t.value());
        assertNull(t.deadline());
        assertNotNull(t.unresolved());
    }

    @Test
    void newYearIsTheDeadline() {
        TimeExpression heading = find(times, "Neujahr", 0);
        assertEquals("2025-01-01", heading.value());
        assertEquals("UNTIL", heading.relation());
        assertEquals("2025-01-01", heading.deadline());
        TimeExpression order = find(times, "Neujahr", 1);
        assertEquals("BEFORE", order.relation());
        assertEquals("2025-01-01", order.deadline());
    }

    @Test
    void sinceAugustAndLateAugustAndSeptember() {
        TimeExpression since = find(times, "August");
        assertEquals("2024-08", since.value());
        assertEquals("SINCE", since.relation());
        TimeExpression late = find(times, "Ende August");
        assertEquals("2024-08", late.value());
        assertEquals("END", late.mod());
        TimeExpression september = find(times, "September");
        assertEquals("2024-09", september.value());
        assertNull(september.mod());
    }
}
