package org.hearsay.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlReaderTest {
    private static final String DOCUMENT = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>demo</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2021-04-09" functionInDocument="CREATION_TIME">2021-04-09</TIMEX3></DCT>
            <TEXT>Der Markt &amp; das Fest <EVENT eid="e1">beginnen</EVENT> am <TIMEX3 tid="t1" type="DATE" value="2021-04-12">Montag</TIMEX3>\
             und dauern <TIMEX3 tid="t2" type="DURATION" value="P3D">drei Tage</TIMEX3>.<TIMEX3 tid="t3" type="DATE" value="2021"/></TEXT>
            </TimeML>
            """;

    @Test
    void readsTextCreationTimeAndGoldTimexes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("demo.tml");
        Files.writeString(file, DOCUMENT);
        TimeMlDocument doc = TimeMlReader.read(file, "de");
        assertEquals("Der Markt & das Fest beginnen am Montag und dauern drei Tage.", doc.text());
        assertEquals(LocalDateTime.of(2021, 4, 9, 0, 0), doc.dct());
        assertFalse(doc.dctHasTime());
        assertEquals(2, doc.gold().size(), "the empty anchor TIMEX3 covers no text");
        Timex monday = doc.gold().get(0);
        assertEquals("Montag", doc.text().substring(monday.start(), monday.end()));
        assertEquals("2021-04-12", monday.value());
        assertEquals("DURATION", doc.gold().get(1).type());
    }
}
