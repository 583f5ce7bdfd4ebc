package org.hearsay.eval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hearsay.eval.CorpusFiles;

/**
 * Reads the texts of the quotes-de-wikinews corpus: every {@code *.json} file below the given
 * folder (train/ and dev/), in file-name order so that a limit always picks the same articles.
 */
public final class WikinewsReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WikinewsReader() {
    }

    /** @param limit the first N articles; 0 for all */
    public static List<WikinewsArticle> read(Path folder, int limit) {
        List<Path> files = CorpusFiles.first(CorpusFiles.below(folder, ".json"), limit);
        List<WikinewsArticle> articles = new ArrayList<>(files.size());
        for (Path file : files) {
            articles.add(readOne(folder, file));
        }
        return articles;
    }

    private static WikinewsArticle readOne(Path folder, Path file) {
        try {
            JsonNode text = JSON.readTree(file.toFile()).get("originalText");
            if (text == null || !text.isTextual()) {
                throw new IllegalArgumentException(file + ": no originalText field");
            }
            return new WikinewsArticle(folder.relativize(file).toString(), text.asText());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
