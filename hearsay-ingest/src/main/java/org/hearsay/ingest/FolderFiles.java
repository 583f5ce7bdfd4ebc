package org.hearsay.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.hearsay.core.InputException;

/**
 * The files to read in a folder: all regular files below it, in name order so that runs are
 * repeatable, leaving out hidden ones (a name starting with a dot, or inside such a folder:
 * ".git", ".DS_Store"). A subfolder that cannot be read is reported and skipped.
 */
final class FolderFiles {
    private FolderFiles() {
    }

    static List<Path> list(Path folder, ArticleSink sink) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                // Files.isRegularFile follows a symbolic link, so linked files are read too.
                if (!isHidden(file) && Files.isRegularFile(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException problem) {
                sink.failure(new InputException(file.toString(), problem instanceof AccessDeniedException
                        ? "cannot read: permission denied" : "cannot read: " + problem.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
