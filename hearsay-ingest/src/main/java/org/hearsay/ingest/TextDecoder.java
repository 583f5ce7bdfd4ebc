package org.hearsay.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hearsay.core.InputException;

/**
 * Turns bytes into text. Order of evidence: a byte-order mark; then strict UTF-8, since bytes
 * that happen to be valid UTF-8 while meaning something else are vanishingly rare, whereas
 * pages declaring the wrong charset are common; then the charsets the document or its
 * container declares (HTTP header, meta tag, XML declaration), each only if the bytes really
 * decode with it, which is how legacy text such as windows-1251 or ISO-8859-2 is told apart;
 * then windows-1252, the usual encoding of legacy Western text, whose superset relation to
 * ISO-8859-1 makes it the right reading of either.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Share of control characters in the decoded text above which no reading made sense. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    private TextDecoder() {
    }

    static boolean hasUtf16ByteOrderMark(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
                || (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe);
    }

    /**
     * @param declared charset labels in order of authority (may be empty; unknown labels are ignored)
     * @return the text without byte-order mark
     */
    static String decode(byte[] bytes, List<String> declared, String name) throws InputException {
        Optional<String> withMark = decodeByByteOrderMark(bytes, name);
        if (withMark.isPresent()) {
            return withMark.get();
        }
        Optional<String> utf8 = strictly(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return requireSensible(utf8.get(), StandardCharsets.UTF_8, name);
        }
        for (String label : declared) {
            Optional<Charset> charset = charsetFor(label);
            if (charset.isPresent()) {
                Optional<String> text = strictly(bytes, 0, charset.get());
                if (text.isPresent()) {
                    return requireSensible(text.get(), charset.get(), name);
                }
            }
        }
        Optional<String> legacy = strictly(bytes, 0, WINDOWS_1252);
        if (legacy.isPresent()) {
            return requireSensible(legacy.get(), WINDOWS_1252, name);
        }
        // Only the five bytes windows-1252 leaves undefined get here; ISO-8859-1 reads them as controls.
        return requireSensible(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1, name);
    }

    private static Optional<String> decodeByByteOrderMark(byte[] b, String name) throws InputException {
        Charset charset;
        int skip;
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else {
            return Optional.empty();
        }
        String text = strictly(b, skip, charset).orElseThrow(() -> new InputException(name,
                "undecodable: invalid " + charset.name() + " although the byte-order mark announces it"));
        return Optional.of(requireSensible(text, charset, name));
    }

    /** The WHATWG encoding rules read Latin-1 and ASCII labels as windows-1252; so do browsers. */
    static Optional<Charset> charsetFor(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String clean = label.trim().replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT);
        if (clean.equals("iso-8859-1") || clean.equals("latin1") || clean.equals("us-ascii") || clean.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(clean));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strictly(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (UnsupportedOperationException e) {
            // Encode-only charsets (e.g. ISO-2022-CN) cannot decode; treat as "not this one".
            return Optional.empty();
        }
    }

    private static String requireSensible(String text, Charset charset, String name) throws InputException {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) {
                controls++;
            }
        }
        if (controls > text.length() * MAX_CONTROL_SHARE) {
            throw new InputException(name, "undecodable: no text encoding fits (as " + charset.name()
                    + " it is " + Math.round(100.0 * controls / text.length()) + "% control characters)");
        }
        return text;
    }
}
