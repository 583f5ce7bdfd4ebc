package org.hearsay.lang.de.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A linear model over the features of one sentence ({@link SentenceFeatures}) that tells whether
 * the sentence reports someone's words although no rule found a quotation in it. Trained as an
 * averaged perceptron ({@link #train}); stored as a text file of "feature TAB weight" lines.
 */
public final class QuoteSentenceModel {
    /** Where the shipped model lies on the class path and in the source tree. */
    public static final String RESOURCE = "org/hearsay/lang/de/quotes/quote-sentences.model";

    private final Map<String, Double> weights;

    QuoteSentenceModel(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The shipped model, or null when the class path has none (the rules then run alone). */
    static QuoteSentenceModel shipped() {
        InputStream in = QuoteSentenceModel.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return null;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QuoteSentenceModel read(List<String> lines) {
        Map<String, Double> weights = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
        }
        return new QuoteSentenceModel(weights);
    }

    /** The score of a sentence: above 0 it reports someone's words. */
    double score(List<String> features) {
        double sum = 0;
        for (String f : features) {
            sum += weights.getOrDefault(f, 0.0);
        }
        return sum;
    }

    int size() {
        return weights.size();
    }

    /** One sentence's features and whether the gold marks it as (mostly) quoted. */
    public record Example(List<String> features, boolean quoted) {
        public Example {
            features = List.copyOf(features);
        }
    }

    /**
     * An averaged perceptron over the examples in the given order, a fixed number of passes: the
     * same examples give the same weights.
     */
    public static QuoteSentenceModel train(List<Example> examples, int epochs) {
        Map<String, Double> current = new HashMap<>();
        Map<String, Double> summed = new HashMap<>();
        Map<String, Integer> lastChanged = new HashMap<>();
        int step = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (Example example : examples) {
                step++;
                double score = 0;
                for (String f : example.features()) {
                    score += current.getOrDefault(f, 0.0);
                }
                boolean predicted = score > 0;
                if (predicted == example.quoted()) {
                    continue;
                }
                double update = example.quoted() ? 1 : -1;
                for (String f : example.features()) {
                    // Lazy averaging: add the weight held since its last change before changing it.
                    double w = current.getOrDefault(f, 0.0);
                    summed.merge(f, w * (step - lastChanged.getOrDefault(f, 0)), Double::sum);
                    lastChanged.put(f, step);
                    current.put(f, w + update);
                }
            }
        }
        Map<String, Double> averaged = new HashMap<>();
        for (Map.Entry<String, Double> e : current.entrySet()) {
            double total = summed.getOrDefault(e.getKey(), 0.0) + e.getValue() * (step - lastChanged.getOrDefault(e.getKey(), 0));
            double w = Math.round(total / step * 10000) / 10000.0;
            if (w != 0) {
                averaged.put(e.getKey(), w);
            }
        }
        return new QuoteSentenceModel(averaged);
    }

    /** Writes the weights sorted by feature, so that the same model gives the same file. */
    public void write(Path file, String header) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String h : header.split("\n")) {
            lines.add("# " + h);
        }
        new TreeMap<>(weights).forEach((f, w) -> lines.add(f + "\t" + String.format(Locale.ROOT, "%.4f", w)));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
