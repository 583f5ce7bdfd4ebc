package org.hearsay.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of unusable input ends as one failure with a clear reason, never as an exception. */
class BadInputTest {
    private static final ArticleReader READER = ArticleReader.standard();

    @TempDir
    Path dir;

    private static String failureFor(byte[] bytes, String name) {
        CollectingSink sink = new CollectingSink();
        READER.read(new ByteArrayInputStream(bytes), name, sink);
        return sink.onlyFailure().userMessage();
    }

    @Test
    void nulBytesAreBinary() {
        byte[] bytes = "PK\u0003\u0004 ein Archiv\u0000\u0000 mit Text dazwischen".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("x.zip: binary data (contains NUL bytes), not text", failureFor(bytes, "x.zip"));
    }

    @Test
    void manyControlCharactersAreBinary() {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x07 : 'a' + i % 26);
        }
        assertEquals("blob: binary data (34% control characters), not text", failureFor(bytes, "blob"));
    }

    @Test
    void emptyAndWhitespaceOnlyInputs() throws IOException {
        Path empty = Files.createFile(dir.resolve("leer.txt"));
        CollectingSink sink = new CollectingSink();
        READER.read(empty, sink);
        assertEquals(empty + ": empty input (0 bytes)", sink.onlyFailure().userMessage());

        assertEquals("stdin: empty input (only whitespace)",
                failureFor(" \n\t\r\n  \u00A0\u200B\n".getBytes(StandardCharsets.UTF_8), "stdin"));
    }

    @Test
    void invalidUtf16AfterItsByteOrderMarkIsUndecodable() {
        byte[] bytes = {(byte) 0xFE, (byte) 0xFF, 0, 'H', 0, 'i', (byte) 0xD8, 0x00, 0, 'x'};
        assertEquals("u16.txt: undecodable: invalid UTF-16BE although the byte-order mark announces it",
                failureFor(bytes, "u16.txt"));
    }

    @Test
    void bytesNoEncodingMakesSenseOfAreUndecodable() {
        // Invalid UTF-8, and the bytes windows-1252 leaves undefined; as ISO-8859-1 they are C1 controls.
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0x81 : 'a');
        }
        String message = failureFor(bytes, "odd.txt");
        assertTrue(message.startsWith("odd.txt: undecodable: no text encoding fits"), message);
    }

    @Test
    void truncatedAndCorruptGzip() throws IOException {
        byte[] zipped = gzip("Ein ganz gewöhnlicher Absatz, der hier komprimiert wird. ".repeat(50));
        assertEquals("a.txt.gz: truncated gzip data", failureFor(Arrays.copyOf(zipped, zipped.length / 2), "a.txt.gz"));

        byte[] corrupt = zipped.clone();
        for (int i = 12; i < 40; i++) {
            corrupt[i] = (byte) 0xFF;
        }
        String message = failureFor(corrupt, "b.txt.gz");
        assertTrue(message.startsWith("b.txt.gz: corrupt gzip data ("), message);
    }

    @Test
    void gzippedTextIsRead() throws IOException {
        CollectingSink sink = new CollectingSink();
        READER.read(new ByteArrayInputStream(gzip("Der Stadtrat tagt am Montag wieder, sagte der Sprecher.\n")),
                "note.txt.gz", sink);
        assertEquals("Der Stadtrat tagt am Montag wieder, sagte der Sprecher.\n", sink.only().text());
        assertEquals("note.txt.gz", sink.only().origin());
    }

    @Test
    void fileOverTheLimitIsRefusedFromItsSizeAlone() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024);   // sparse: no disk space, and zeros if it were read
        }
        CollectingSink sink = new CollectingSink();
        READER.read(huge, sink);
        // The exact size in the message comes from the file system, not from reading the content,
        // which would have stopped at the limit and been reported as binary (zeros) or "more than".
        assertEquals(huge + ": too large (200 MB; the limit is 50 MB)", sink.onlyFailure().userMessage());
    }

    @Test
    void streamOverTheLimitIsRefusedAtTheLimit() {
        byte[] bytes = "Ein Satz. ".repeat(200).getBytes(StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        READER.withSizeLimit(1024).read(new ByteArrayInputStream(bytes), "stdin", sink);
        assertEquals("stdin: too large (more than 1 KB; the limit is 1 KB)", sink.onlyFailure().userMessage());
    }

    @Test
    void missingFileIsAFailure() {
        CollectingSink sink = new CollectingSink();
        Path missing = dir.resolve("gibt-es-nicht.txt");
        READER.read(missing, sink);
        assertEquals(missing + ": cannot read: no such file or folder", sink.onlyFailure().userMessage());
    }

    @Test
    void windows1252TextIsDecodedWhenUtf8Fails() {
        byte[] bytes = "Die Bürgerinitiative übergibt 3.000 Unterschriften – ein Erfolg, sagt die Sprecherin."
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        CollectingSink sink = new CollectingSink();
        READER.read(new ByteArrayInputStream(bytes), "alt.txt", sink);
        assertEquals("Die Bürgerinitiative übergibt 3.000 Unterschriften – ein Erfolg, sagt die Sprecherin.",
                sink.only().text());
    }

    @Test
    void utf16WithByteOrderMarkIsText() {
        byte[] bytes = "\uFEFFDie Fähre fährt wieder, teilte der Betreiber mit.".getBytes(StandardCharsets.UTF_16LE);
        CollectingSink sink = new CollectingSink();
        READER.read(new ByteArrayInputStream(bytes), "u16le.txt", sink);
        assertEquals("Die Fähre fährt wieder, teilte der Betreiber mit.", sink.only().text());
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
