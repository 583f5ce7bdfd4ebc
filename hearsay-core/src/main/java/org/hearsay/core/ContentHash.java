package org.hearsay.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids: the first 64 bits of SHA-256 over the normalised text, as hex. */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(String normalisedText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalisedText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
