package org.hearsay.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the word lists language packs ship as class-path resources: UTF-8, one entry a line,
 * blank lines and lines starting with "#" skipped, surrounding white space removed. A missing list
 * is a packaging error, so it fails loudly with the resource's name.
 */
public final class WordLists {
    private WordLists() {
    }

    /** The entries of {@code resource}, resolved as {@link Class#getResourceAsStream} does for {@code owner}. */
    public static List<String> lines(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list " + resource + " missing next to " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }
}
