package org.hearsay.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.hearsay.core.model.PublicationTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12.11.2024 08:09           | 2024-11-12T08:09",
        "12.11.2024, 08:09 Uhr      | 2024-11-12T08:09",
        "Dienstag, 12.11.2024 08.09 Uhr | 2024-11-12T08:09",
        "1.2.2025                   | 2025-02-01T00:00",
        "12. November 2024, 8:09 Uhr | 2024-11-12T08:09",
        "4. März 2025               | 2025-03-04T00:00",
        "November 12, 2024 08:09    | 2024-11-12T08:09",
        "2024-11-12 08:09:30        | 2024-11-12T08:09:30",
        "2024-11-12                 | 2024-11-12T00:00",
    })
    void datelinesWithoutZone(String line, String expected) {
        PublicationTime time = PublicationDates.dateline(line).orElseThrow();
        assertEquals(LocalDateTime.parse(expected), time.local());
        assertNull(time.offset());
        assertEquals(line.strip(), time.raw());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Am 12.11.2024 um 08:09 geschah es.", "31.02.2024 10:00", "12.11.24", "Kursk", "2024"})
    void notADateline(String line) {
        assertTrue(PublicationDates.dateline(line).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-11-12T08:09:00+02:00        | 2024-11-12T08:09    | +02:00",
        "2024-11-12T08:09:00.123+0200     | 2024-11-12T08:09    | +02:00",
        "2024-11-12T06:09:00Z             | 2024-11-12T06:09    | Z",
        "'Tue, 12 Nov 2024 08:09:00 +0100' | 2024-11-12T08:09   | +01:00",
        "'Tue, 12 Nov 2024 08:09:00 GMT'  | 2024-11-12T08:09    | Z",
    })
    void timestampsKeepTheirZone(String value, String local, String offset) {
        PublicationTime time = PublicationDates.timestamp(value).orElseThrow();
        assertEquals(LocalDateTime.parse(local), time.local().withSecond(0).withNano(0));
        assertEquals(ZoneOffset.of(offset), time.offset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-11-12T08:09:00", "2024-11-12"})
    void timestampsWithoutZoneStayWithoutZone(String value) {
        assertNull(PublicationDates.timestamp(value).orElseThrow().offset());
    }
}
