package org.hearsay.eval.storebench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.ContentHash;
import org.hearsay.core.json.AnalysisJson;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.core.pipeline.Pipeline;
import org.hearsay.eval.bench.WikinewsArticle;
import org.hearsay.eval.bench.WikinewsReader;

/**
 * The analyses the benchmark replays: German Wikinews texts analysed once with the installed German
 * pipeline, or read back from a JSON Lines file of an earlier run (analysing 200 texts takes minutes,
 * storing them is what is measured).
 */
final class BaseAnalyses {
    private static final String LANGUAGE = "de";
    private static final int TITLE_LENGTH = 90;

    private BaseAnalyses() {
    }

    /** Reads {@code file} when it exists; else analyses the texts and, with a file given, writes them there. */
    static List<Analysis> load(Path corpus, int count, Path file) {
        try {
            if (file != null && Files.exists(file)) {
                return read(file);
            }
            List<Analysis> analyses = analyse(WikinewsReader.read(corpus, count));
            if (file != null) {
                write(analyses, file);
            }
            return analyses;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Analysis> analyse(List<WikinewsArticle> texts) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no Wikinews texts to analyse");
        }
        Analyzer analyzer = Analyzer.installed();
        if (!analyzer.supports(LANGUAGE)) {
            throw new IllegalStateException("no German language pack (hearsay-lang-de) on the class path");
        }
        Pipeline pipeline = analyzer.pipeline(LANGUAGE);
        List<Analysis> analyses = new ArrayList<>(texts.size());
        for (WikinewsArticle text : texts) {
            analyses.add(pipeline.analyze(new Article(ContentHash.of(text.text()), text.name(), "text", null, null,
                    title(text.text()), null, null, LANGUAGE, text.text(), List.of())));
        }
        return analyses;
    }

    /** Wikinews texts come without a headline; the start of the first line stands in for one. */
    static String title(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        if (line.length() <= TITLE_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', TITLE_LENGTH);
        return line.substring(0, cut > 0 ? cut : TITLE_LENGTH) + " …";
    }

    private static List<Analysis> read(Path file) throws IOException {
        List<Analysis> analyses = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                analyses.add(AnalysisJson.read(line));
            }
        }
        return analyses;
    }

    private static void write(List<Analysis> analyses, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Analysis analysis : analyses) {
                out.write(AnalysisJson.writeLine(analysis));
                out.newLine();
            }
        }
    }
}
