package org.hearsay.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimexScorerTest {
    @Test
    void strictRelaxedTypeAndValue() {
        List<Timex> gold = List.of(new Timex(0, 6, "DATE", "2021-04-12", "Montag"),
                new Timex(10, 19, "DURATION", "P3D", "drei Tage"),
                new Timex(30, 39, "TIME", "2021-04-12T20.30", "20.30 Uhr"),
                new Timex(50, 55, "DATE", "PAST_REF", "zuvor"));
        List<Timex> system = List.of(new Timex(0, 6, "DATE", "2021-04-12", "Montag"),
                new Timex(6, 19, "DURATION", "P3D", "x drei Tage"),
                new Timex(30, 39, "DATE", "2021-04-12T20:30", "20.30 Uhr"),
                new Timex(60, 65, "DATE", "2021", "heuer"));
        TimexScorer scorer = new TimexScorer();
        scorer.add("doc", gold, system);
        TimexScore score = scorer.score("test", "corpus", 1, 100, 1, 1);
        assertEquals(3, score.relaxed());
        assertEquals(2, score.strict());
        assertEquals(0.75, score.relaxedPrecision(), 1e-9);
        assertEquals(0.75, score.relaxedRecall(), 1e-9);
        assertEquals(2.0 / 3, score.typeAccuracy(), 1e-9);
        assertEquals(1.0, score.valueAccuracy(), 1e-9, "T20.30 and T20:30 are the same clock time");
        assertEquals(0.75, score.valueF1(), 1e-9);
        assertEquals(1, score.count("MISSED"));
        assertEquals(1, score.count("SPURIOUS"));
        assertEquals(1, score.count("BOUNDARY"));
        assertEquals(1, score.count("TYPE"));
    }

    @Test
    void clockValuesAreComparedPadded() {
        assertEquals(TimexScorer.normalise("2011-03-17T08:30"), TimexScorer.normalise("2011-03-17T8:30"));
        assertEquals("2013-11-30T20:30", TimexScorer.normalise("2013-11-30t20.30"));
    }
}
