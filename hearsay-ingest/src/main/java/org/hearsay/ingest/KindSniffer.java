package org.hearsay.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the kind of an input from its first bytes; the file name's extension only settles
 * cases the content leaves open (markup that is neither clearly HTML nor a feed).
 */
final class KindSniffer {
    /** Enough to see past an XML declaration, comments and a doctype to the root element. */
    static final int HEAD_BYTES = 4096;

    private static final Pattern LEADING_NOISE =
            Pattern.compile("\\A(?:\\s+|<\\?xml[^>]*>|<!--.*?-->|<\\?xml-stylesheet[^>]*>)*", Pattern.DOTALL);
    private static final Pattern HTML_START =
            Pattern.compile("\\A<(?:!doctype\\s+html|html|head|body|meta|title)[\\s>/]");
    private static final Pattern FEED_START = Pattern.compile("\\A<(?:rss|feed|rdf:rdf)[\\s>]");
    private static final Pattern HTML_INSIDE = Pattern.compile("<(?:html|body|p|div|article)[\\s>]");

    private KindSniffer() {
    }

    static InputKind sniff(byte[] head, int length, String name) {
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return InputKind.GZIP;
        }
        String start = asciiView(head, length);
        if (start.startsWith("WARC/")) {
            return InputKind.WARC;
        }
        String markup = LEADING_NOISE.matcher(start.toLowerCase(Locale.ROOT)).replaceFirst("");
        if (FEED_START.matcher(markup).find()) {
            return InputKind.FEED;
        }
        if (HTML_START.matcher(markup).find()) {
            return InputKind.HTML;
        }
        if (markup.startsWith("<")) {
            return kindByExtension(name, markup);
        }
        return InputKind.TEXT;
    }

    /** Markup whose root element said nothing: trust the name, then look for HTML tags. */
    private static InputKind kindByExtension(String name, String markup) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".xml")) {
            return InputKind.FEED;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")
                || HTML_INSIDE.matcher(markup).find()) {
            return InputKind.HTML;
        }
        return InputKind.TEXT;
    }

    /**
     * The head as ASCII-compatible text. A UTF-16 byte-order mark is honoured so that UTF-16
     * markup is still recognised; every other encoding we accept is ASCII-compatible.
     */
    private static String asciiView(byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            return new String(head, 2, length - 2, StandardCharsets.UTF_16BE);
        }
        if (length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            return new String(head, 2, length - 2, StandardCharsets.UTF_16LE);
        }
        int skip = length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf
                ? 3 : 0;
        return new String(head, skip, length - skip, StandardCharsets.ISO_8859_1);
    }
}
