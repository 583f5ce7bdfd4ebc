package org.hearsay.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.hearsay.core.InputException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a web archive (WARC, plain or gzipped, through jwarc) record by record, streaming: each
 * successful HTTP response with an HTML payload becomes an article named "archive.warc#N",
 * N counting every record from 1. Other records are skipped silently; they are not
 * articles, and not errors. The size limit applies to each payload, since the archive as a
 * whole is never held in memory. A truncated or corrupt record ends the archive: WARC has no
 * way to find the next record boundary after damage.
 */
final class WarcArchiveReader {
    private static final int MAX_REASON = 120;
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final DocumentReader documents;
    private final long payloadLimit;

    WarcArchiveReader(DocumentReader documents, long payloadLimit) {
        this.documents = documents;
        this.payloadLimit = payloadLimit;
    }

    /** An HTML payload taken out of a response record. */
    private record HtmlPayload(byte[] bytes, String charset, String target) {
    }

    void read(InputStream in, String name, ArticleSink sink) {
        WarcReader warc;
        try {
            warc = new WarcReader(in);
        } catch (IOException | RuntimeException e) {
            sink.failure(new InputException(name, "not a readable WARC file (" + reason(e) + ")"));
            return;
        }
        int htmlResponses = 0;
        try (warc) {
            for (int number = 1; ; number++) {
                String recordName = name + "#" + number;
                Optional<HtmlPayload> payload;
                try {
                    Optional<WarcRecord> record = warc.next();
                    if (record.isEmpty()) {
                        if (htmlResponses == 0) {
                            // Without this the user would see nothing at all and not know why.
                            sink.failure(new InputException(name, "no HTML responses among the WARC file's "
                                    + (number - 1) + " records"));
                        }
                        return;
                    }
                    payload = record.get() instanceof WarcResponse response
                            ? htmlPayload(response, recordName, sink) : Optional.empty();
                } catch (IOException | RuntimeException e) {
                    // jwarc reports damage as ParsingException, EOFException, ZipException and, for
                    // some malformed headers, unchecked exceptions; for the user it is all one thing.
                    sink.failure(damaged(recordName, e));
                    return;
                }
                htmlResponses += payload.isPresent() ? 1 : 0;
                payload.ifPresent(html -> documents.read(html.bytes(), InputKind.HTML,
                        new Source(recordName, "warc", html.target()),
                        html.charset() == null ? List.of() : List.of(html.charset()), sink));
            }
        } catch (IOException e) {
            // Only closing can get here; every record has been dealt with by then.
        }
    }

    /**
     * The payload of a successful HTML response; empty for any other response, and for one
     * too large (reported here).
     */
    private Optional<HtmlPayload> htmlPayload(WarcResponse response, String recordName, ArticleSink sink)
            throws IOException {
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        if (http.status() / 100 != 2 || type == null || !HTML_TYPES.contains(baseType(type))) {
            return Optional.empty();
        }
        Optional<byte[]> bytes = BoundedRead.readAll(http.bodyDecoded().stream(), payloadLimit);
        if (bytes.isEmpty()) {
            sink.failure(new InputException(recordName,
                    "record payload larger than the size limit of " + BoundedRead.describeSize(payloadLimit)));
            return Optional.empty();
        }
        return Optional.of(new HtmlPayload(bytes.get(), type.parameters().get("charset"), response.target()));
    }

    private static String baseType(MediaType type) {
        return (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    }

    private static InputException damaged(String recordName, Exception e) {
        return new InputException(recordName, (e instanceof EOFException ? "truncated" : "corrupt")
                + " WARC record (" + reason(e) + ")");
    }

    /** The library's message on one line, cut short: parse errors quote the surrounding bytes. */
    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().replaceAll("\\s+", " ").strip();
        return message.length() <= MAX_REASON ? message : message.substring(0, MAX_REASON) + "…";
    }
}
