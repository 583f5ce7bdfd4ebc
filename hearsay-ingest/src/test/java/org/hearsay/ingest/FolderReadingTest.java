package org.hearsay.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hearsay.core.InputException;
import org.hearsay.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderReadingTest {
    private static final ArticleReader READER = ArticleReader.standard();

    @TempDir
    Path dir;

    @Test
    void readsFilesRecursivelyInNameOrderSkippingHiddenOnesAndGoingOnAfterFailures() throws IOException {
        write("b.txt", "Zweiter Text, in einem Satz gesagt.");
        write("a/inner.txt", "Erster Text aus dem Unterordner.");
        write("c.bin", "\u0000\u0001\u0002");
        write("d.html", "<html><body><p>Ein Absatz aus einer Seite, sagte die Redaktion.</p></body></html>");
        write(".hidden.txt", "Soll nicht gelesen werden.");
        write(".git/config", "[core]");
        Files.copy(Fixtures.fixture("newsroom-rss.xml"), dir.resolve("e.xml"));
        CollectingSink sink = new CollectingSink();
        READER.read(dir, sink);

        List<String> origins = sink.articles.stream().map(Article::origin).toList();
        assertEquals(List.of(dir.resolve("a/inner.txt").toString(), dir.resolve("b.txt").toString(),
                dir.resolve("d.html").toString(), "https://tribune.example/ferry-winter",
                "https://tribune.example/school-roof"), origins);
        assertEquals(List.of(dir.resolve("c.bin").toString(), "https://tribune.example/gallery-frozen-lake"),
                sink.failures.stream().map(InputException::input).toList());
    }

    @Test
    void unreadableSubfolderIsReportedAndSkipped() throws IOException {
        write("a.txt", "Ein lesbarer Text, sagte die Redaktion.");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        write("locked/b.txt", "Nicht erreichbar.");
        assumeTrue(locked.toFile().setReadable(false) && !Files.isReadable(locked), "cannot revoke read permission here");
        try {
            CollectingSink sink = new CollectingSink();
            READER.read(dir, sink);
            assertEquals(List.of(dir.resolve("a.txt").toString()), sink.articles.stream().map(Article::origin).toList());
            assertEquals(locked + ": cannot read: permission denied", sink.failures.getFirst().userMessage());
        } finally {
            locked.toFile().setReadable(true);
        }
    }

    @Test
    void folderWithoutReadableFilesIsAFailure() throws IOException {
        write(".only-hidden", "x");
        CollectingSink sink = new CollectingSink();
        READER.read(dir, sink);
        assertEquals(dir + ": folder holds no files to read", sink.onlyFailure().userMessage());
    }

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
