package org.hearsay.ingest;

import org.hearsay.core.InputException;

/**
 * Rejects bytes that are not text before any decoding is tried: text in the encodings we read
 * never contains NUL (UTF-16 is only accepted with a byte-order mark, see {@link TextDecoder}),
 * and only rarely control characters other than tab, line feed, carriage return and form feed.
 */
final class BinaryCheck {
    /** Share of control bytes above which an input is binary; text has almost none. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private BinaryCheck() {
    }

    static void requireText(byte[] bytes, String name) throws InputException {
        if (TextDecoder.hasUtf16ByteOrderMark(bytes)) {
            return;
        }
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException(name, "binary data (contains NUL bytes), not text");
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
                controls++;
            }
        }
        if (controls > bytes.length * MAX_CONTROL_SHARE) {
            throw new InputException(name, "binary data (%d%% control characters), not text"
                    .formatted(Math.round(100.0 * controls / bytes.length)));
        }
    }
}
