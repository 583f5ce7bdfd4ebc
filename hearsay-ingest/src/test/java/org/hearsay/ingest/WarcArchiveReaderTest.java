package org.hearsay.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.hearsay.core.InputException;
import org.hearsay.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Archives are written here with jwarc's writer; records: 1 warcinfo, 2 HTML, 3 PNG, 4 HTML (windows-1252), 5 a 404. */
class WarcArchiveReaderTest {
    private static final ArticleReader READER = ArticleReader.standard();
    private static final String FIRST_PAGE = """
            <html><head><title>Markthalle öffnet im Frühjahr</title></head><body><article>
            <p>Die neue Markthalle am Hafen soll im April eröffnen, sagte die Projektleiterin am Mittwoch.</p>
            <p>Nach ihren Angaben sind bereits vierzig der fünfzig Stände vermietet.</p></article></body></html>
            """;
    private static final String SECOND_PAGE = """
            <html><head><title>Bäckerei schließt nach 90 Jahren</title></head><body>
            <p>Die älteste Bäckerei der Stadt schließt Ende des Monats, weil sich kein Nachfolger gefunden hat.</p>
            </body></html>
            """;

    @TempDir
    Path dir;

    /** Where each record starts, and the file's end. */
    private long[] writeArchive(Path file, WarcCompression compression) throws IOException {
        long[] offsets = new long[6];
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), compression)) {
            offsets[0] = writer.position();
            writer.write(new Warcinfo.Builder().filename(file.getFileName().toString())
                    .fields(Map.of("software", List.of("hearsay-test"))).build());
            offsets[1] = writer.position();
            writer.write(response("https://hafenblatt.example/markthalle", 200, "text/html; charset=utf-8",
                    FIRST_PAGE.getBytes(StandardCharsets.UTF_8)));
            offsets[2] = writer.position();
            writer.write(response("https://hafenblatt.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            offsets[3] = writer.position();
            writer.write(response("https://hafenblatt.example/baeckerei", 200, "text/html; charset=windows-1252",
                    SECOND_PAGE.getBytes(Charset.forName("windows-1252"))));
            offsets[4] = writer.position();
            writer.write(response("https://hafenblatt.example/fehlt", 404, "text/html",
                    "<html><body><p>Seite nicht gefunden.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
            offsets[5] = writer.position();
        }
        return offsets;
    }

    private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).body(http).build();
    }

    private static CollectingSink read(Path file) {
        CollectingSink sink = new CollectingSink();
        READER.read(file, sink);
        return sink;
    }

    private static void assertBothPages(List<Article> articles, String name) {
        assertEquals(2, articles.size());
        Article first = articles.get(0);
        assertEquals(name + "#2", first.origin());
        assertEquals("warc", first.format());
        assertEquals("https://hafenblatt.example/markthalle", first.url());
        assertEquals("Markthalle öffnet im Frühjahr", first.title());
        assertEquals("de", first.language());
        Article second = articles.get(1);
        assertEquals(name + "#4", second.origin());
        assertEquals("Bäckerei schließt nach 90 Jahren", second.title());
        assertTrue(second.text().contains("Die älteste Bäckerei der Stadt schließt"), second.text());
    }

    @Test
    void htmlResponsesBecomeArticlesOthersAreSkipped() throws IOException {
        Path file = dir.resolve("crawl.warc");
        writeArchive(file, WarcCompression.NONE);
        CollectingSink sink = read(file);

        assertEquals(List.of(), sink.failures);
        assertBothPages(sink.articles, file.toString());
    }

    @Test
    void gzippedArchiveReadsTheSame() throws IOException {
        Path file = dir.resolve("crawl.warc.gz");
        writeArchive(file, WarcCompression.GZIP);
        CollectingSink sink = read(file);

        assertEquals(List.of(), sink.failures);
        assertBothPages(sink.articles, file.toString());
    }

    @Test
    void truncatedGzipKeepsEarlierRecordsAndNamesTheBrokenOne() throws IOException {
        Path file = dir.resolve("cut.warc.gz");
        long[] offsets = writeArchive(file, WarcCompression.GZIP);
        cut(file, (offsets[3] + offsets[4]) / 2);
        CollectingSink sink = read(file);

        assertEquals(1, sink.articles.size());
        assertEquals(file + "#2", sink.articles.getFirst().origin());
        assertEquals(1, sink.failures.size());
        InputException failure = sink.failures.getFirst();
        assertEquals(file + "#4", failure.input());
        assertTrue(failure.getMessage().startsWith("truncated WARC record ("), failure.getMessage());
    }

    @Test
    void truncatedPlainArchiveNamesTheBrokenRecord() throws IOException {
        Path file = dir.resolve("cut.warc");
        long[] offsets = writeArchive(file, WarcCompression.NONE);
        cut(file, offsets[3] + (offsets[4] - offsets[3]) * 3 / 4);
        CollectingSink sink = read(file);

        assertEquals(1, sink.articles.size());
        assertEquals(file + "#4", sink.failures.getFirst().input());
        assertEquals(1, sink.failures.size());
    }

    @Test
    void garbageBetweenRecordsIsACorruptRecord() throws IOException {
        Path file = dir.resolve("garbage.warc");
        long[] offsets = writeArchive(file, WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(file);
        byte[] damaged = Arrays.copyOf(bytes, (int) offsets[2] + 40);
        byte[] garbage = "Dies ist kein WARC-Kopf\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(garbage, 0, damaged, (int) offsets[2], garbage.length);
        System.arraycopy(bytes, (int) offsets[2], damaged, (int) offsets[2] + garbage.length, 40 - garbage.length);
        Files.write(file, damaged);
        CollectingSink sink = read(file);

        assertEquals(1, sink.articles.size());
        assertEquals(1, sink.failures.size());
        assertEquals(file + "#3", sink.failures.getFirst().input());
        assertTrue(sink.failures.getFirst().getMessage().startsWith("corrupt WARC record ("));
    }

    @Test
    void payloadLargerThanTheLimitIsRefusedAndReadingGoesOn() throws IOException {
        Path file = dir.resolve("limit.warc");
        writeArchive(file, WarcCompression.NONE);
        CollectingSink sink = new CollectingSink();
        READER.withSizeLimit(250).read(file, sink);

        assertEquals(1, sink.articles.size(), "the second page is small enough");
        assertEquals(file + "#4", sink.articles.getFirst().origin());
        assertEquals(file + "#2: record payload larger than the size limit of 250 bytes",
                sink.failures.getFirst().userMessage());
    }

    @Test
    void archiveFromAStreamIsNamedByTheStream() throws IOException {
        Path file = dir.resolve("stdin.warc.gz");
        writeArchive(file, WarcCompression.GZIP);
        CollectingSink sink = new CollectingSink();
        try (InputStream in = Files.newInputStream(file)) {
            READER.read(in, "-", sink);
            assertEquals(-1, in.read(), "read to the end, and still open: a closed stream would throw");
        }
        assertEquals(List.of(), sink.failures);
        assertBothPages(sink.articles, "-");
    }

    @Test
    void archiveWithoutHtmlResponsesSaysSo() throws IOException {
        Path file = dir.resolve("info-only.warc");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
            writer.write(new Warcinfo.Builder().filename("info-only.warc").build());
            writer.write(response("https://hafenblatt.example/logo.png", 200, "image/png", new byte[] {1, 2, 3}));
        }
        CollectingSink sink = read(file);
        assertEquals(file + ": no HTML responses among the WARC file's 2 records", sink.onlyFailure().userMessage());
    }

    private static void cut(Path file, long length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(length);
        }
    }
}
