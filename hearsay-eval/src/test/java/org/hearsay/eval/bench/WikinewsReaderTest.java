package org.hearsay.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikinewsReaderTest {

    private static void article(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        // Invented, in the corpus layout: the reader needs only originalText.
        Files.writeString(file, """
                {"documentName": "1 - Test", "originalText": %s, "sentences": [], "tokens": [], "annotations": []}
                """.formatted(text));
    }

    @Test
    void readsOriginalTextOfAllSplitsInNameOrder(@TempDir Path dir) throws IOException {
        article(dir.resolve("train/20 - Zweiter Tag (2005-08-06).pretty.json"), "\"Er sagte: \\\"Nein.\\\"\\n\\nEnde.\"");
        article(dir.resolve("dev/10 - Köln (2005-08-05).pretty.json"), "\"Köln liegt am Rhein.\"");
        Files.writeString(dir.resolve("train/notes.txt"), "not an article");

        List<WikinewsArticle> articles = WikinewsReader.read(dir, 0);
        assertEquals(2, articles.size());
        assertEquals(Path.of("dev", "10 - Köln (2005-08-05).pretty.json").toString(), articles.get(0).name());
        assertEquals("Köln liegt am Rhein.", articles.get(0).text());
        assertEquals("Er sagte: \"Nein.\"\n\nEnde.", articles.get(1).text());
    }

    @Test
    void limitTakesTheFirstArticles(@TempDir Path dir) throws IOException {
        article(dir.resolve("train/a.json"), "\"A\"");
        article(dir.resolve("train/b.json"), "\"B\"");
        article(dir.resolve("train/c.json"), "\"C\"");
        assertEquals(List.of("A", "B"), WikinewsReader.read(dir, 2).stream().map(WikinewsArticle::text).toList());
    }

    @Test
    void fileWithoutOriginalTextIsAnError(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("dev"));
        Files.writeString(dir.resolve("dev/x.json"), "{\"documentName\": \"x\"}");
        assertThrows(IllegalArgumentException.class, () -> WikinewsReader.read(dir, 0));
    }
}
