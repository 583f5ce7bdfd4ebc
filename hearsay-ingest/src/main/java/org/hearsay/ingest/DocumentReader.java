package org.hearsay.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hearsay.core.InputException;

/**
 * Reads one document held in memory (a file, a gunzipped file, a WARC record's payload):
 * refuses binary data, decodes it, normalises it, and hands it to the reader for its kind.
 */
final class DocumentReader {
    private final PlainTextReader plainText = new PlainTextReader();
    private final HtmlReader html = new HtmlReader();
    private final FeedReader feeds = new FeedReader();

    /**
     * @param declaredCharsets charset labels from outside the document (HTTP header), strongest first
     */
    void read(byte[] bytes, InputKind kind, Source source, List<String> declaredCharsets, ArticleSink sink) {
        try {
            if (bytes.length == 0) {
                throw new InputException(source.origin(), "empty input (0 bytes)");
            }
            BinaryCheck.requireText(bytes, source.origin());
            List<String> declared = new ArrayList<>(declaredCharsets);
            switch (kind) {
                case HTML -> DeclaredCharset.ofHtml(bytes).ifPresent(declared::add);
                case FEED -> DeclaredCharset.ofXml(bytes).ifPresent(declared::add);
                default -> { }
            }
            String text = TextNormaliser.normalise(TextDecoder.decode(bytes, declared, source.origin()));
            if (TextNormaliser.isBlank(text)) {
                throw new InputException(source.origin(), "empty input (only whitespace)");
            }
            switch (kind) {
                case TEXT -> sink.article(plainText.read(text, source));
                case HTML -> sink.article(html.read(text, source));
                case FEED -> feeds.read(text, source.origin(), sink);
                case WARC, GZIP -> throw new InputException(source.origin(),
                        "a " + kind.name().toLowerCase(Locale.ROOT) + " container inside another is not supported");
            }
        } catch (InputException e) {
            sink.failure(e);
        }
    }
}
