package org.hearsay.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a corpus folder, in path order, so that a limit always picks the same documents and
 * every run scores the same texts in the same order.
 */
public final class CorpusFiles {
    private CorpusFiles() {
    }

    /** Regular files directly in {@code folder} whose names end with {@code suffix}. */
    public static List<Path> in(Path folder, String suffix) {
        return find(folder, suffix, 1);
    }

    /** Regular files at any depth below {@code folder} whose names end with {@code suffix}. */
    public static List<Path> below(Path folder, String suffix) {
        return find(folder, suffix, Integer.MAX_VALUE);
    }

    /** The first {@code limit} items; all of them when the limit is 0. */
    public static <T> List<T> first(List<T> items, int limit) {
        return limit > 0 && items.size() > limit ? items.subList(0, limit) : items;
    }

    private static List<Path> find(Path folder, String suffix, int depth) {
        try (Stream<Path> paths = Files.walk(folder, depth)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
