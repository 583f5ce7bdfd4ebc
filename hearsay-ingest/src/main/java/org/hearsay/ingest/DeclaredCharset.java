package org.hearsay.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Charset labels a document states about itself near its start. */
final class DeclaredCharset {
    /** Browsers look for the meta charset in the first 1024 bytes; pages in the wild need a bit more. */
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern HTML_META = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECLARATION = Pattern.compile(
            "\\A\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']", Pattern.CASE_INSENSITIVE);

    private DeclaredCharset() {
    }

    static Optional<String> ofHtml(byte[] bytes) {
        return find(HTML_META, bytes);
    }

    static Optional<String> ofXml(byte[] bytes) {
        return find(XML_DECLARATION, bytes);
    }

    private static Optional<String> find(Pattern pattern, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = pattern.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
