package org.hearsay.eval.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the GermEval 2014 TSV format: per sentence a {@code #} line with the source, then
 * {@code index TAB token TAB outer TAB inner} lines, then a blank line. The inner level is
 * not read because only the outer level is scored.
 */
public final class GermEvalReader {
    private GermEvalReader() {
    }

    public static List<GermEvalSentence> read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<GermEvalSentence> read(BufferedReader in) throws IOException {
        List<GermEvalSentence> sentences = new ArrayList<>();
        String source = "";
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.startsWith("#")) {
                source = line.substring(1).strip();
            } else if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    sentences.add(new GermEvalSentence(source, tokens, tags));
                    tokens.clear();
                    tags.clear();
                }
            } else {
                String[] columns = line.split("\t");
                if (columns.length < 3) {
                    throw new IOException("line " + lineNumber + ": expected index, token and tag columns");
                }
                tokens.add(columns[1]);
                tags.add(columns[2]);
            }
        }
        if (!tokens.isEmpty()) {
            sentences.add(new GermEvalSentence(source, tokens, tags));
        }
        return sentences;
    }
}
