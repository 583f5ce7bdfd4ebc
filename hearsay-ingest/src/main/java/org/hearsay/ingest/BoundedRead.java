package org.hearsay.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/** Reads a stream into memory, but never more than a limit: larger inputs are refused, not cut. */
final class BoundedRead {
    private BoundedRead() {
    }

    /** @return the bytes, or empty when the stream holds more than {@code limit} */
    static Optional<byte[]> readAll(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                return Optional.empty();
            }
            out.write(buffer, 0, n);
        }
        return Optional.of(out.toByteArray());
    }

    /** A size for messages: "50 MB", "1.5 MB", "12 KB", "300 bytes". */
    static String describeSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        boolean megabytes = bytes >= 1024 * 1024;
        double amount = megabytes ? bytes / (1024.0 * 1024) : bytes / 1024.0;
        String number = amount == Math.rint(amount) ? Long.toString((long) amount)
                : String.format(Locale.ROOT, "%.1f", amount);
        return number + (megabytes ? " MB" : " KB");
    }
}
