package org.hearsay.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindSnifferTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ein Titel\\nEin Absatz.                          | x.txt  | TEXT",
        "  <!DOCTYPE html><html><body>                    | x      | HTML",
        "<?xml version='1.0'?><!-- c --><rss version='2.0'> | x    | FEED",
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'> | x | FEED",
        "<rdf:RDF xmlns:rdf='x'>                          | x      | FEED",
        "<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'> | x.xhtml | HTML",
        "<div><p>Fragment</p></div>                      | x      | HTML",
        "<something/>                                     | x.xml  | FEED",
        "<something/>                                     | x.txt  | TEXT",
        "WARC/1.1\\r\\nWARC-Type: warcinfo                | x      | WARC",
        "<html><body>                                     | x.txt  | HTML",
    })
    void kindFromContentWithExtensionAsTieBreaker(String start, String name, InputKind expected) {
        byte[] head = start.strip().replace("\\n", "\n").replace("\\r", "\r").getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, KindSniffer.sniff(head, head.length, name));
    }

    @ParameterizedTest
    @CsvSource({"31, -117, GZIP"})
    void gzipMagic(byte first, byte second, InputKind expected) {
        assertEquals(expected, KindSniffer.sniff(new byte[] {first, second, 8, 0}, 4, "x"));
    }
}
