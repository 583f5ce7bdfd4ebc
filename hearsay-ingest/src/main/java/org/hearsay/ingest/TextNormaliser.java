package org.hearsay.ingest;

import java.text.Normalizer;

/**
 * The one normal form every article text is in, so that offsets and content hashes do not
 * depend on the platform or editor that produced the input: \n line ends, NFC, no BOM.
 */
final class TextNormaliser {
    private TextNormaliser() {
    }

    static String normalise(String text) {
        String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String unixLines = withoutMark.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unixLines, Normalizer.Form.NFC);
    }

    /**
     * Whitespace in the wide sense: besides what Java calls whitespace, no-break and other
     * Unicode spaces and invisible format characters (zero-width space, BOM), which text
     * copied from web pages is full of.
     */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isBlank(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
