package org.hearsay.lang.de.entities;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layers;

/**
 * Quick scorer for iterating on the entity stage: GermEval 2014 dev, outer level, exact token
 * spans, PER/ORG/LOC only (the official "outer" metric restricted to the three classic types;
 * *deriv, *part and OTH are not targets). Prints P/R/F1 for CoreNLP's CRF alone and for
 * {@link GermanEntityStage}.
 *
 * <p>Usage: {@code GermEvalDevCheck [NER-de-dev.tsv] [errors-file]}.
 */
public final class GermEvalDevCheck {
    static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    record GoldSentence(List<String> words, List<String> outerTags) {
    }

    /** A typed token span of one sentence; {@code end} is exclusive. */
    record Labelled(int sentence, int start, int end, String type) {
    }

    /** Counts per type and their micro-average. */
    record Score(TreeMap<String, int[]> counts) {
        static Score of(Set<Labelled> gold, Set<Labelled> predicted) {
            TreeMap<String, int[]> counts = new TreeMap<>();
            for (String type : TYPES) {
                counts.put(type, new int[3]);
            }
            for (Labelled p : predicted) {
                counts.get(p.type())[gold.contains(p) ? 0 : 1]++;
            }
            for (Labelled g : gold) {
                if (!predicted.contains(g)) {
                    counts.get(g.type())[2]++;
                }
            }
            return new Score(counts);
        }

        String report(String title) {
            StringBuilder out = new StringBuilder(title).append('\n');
            int[] all = new int[3];
            counts.forEach((type, c) -> {
                out.append(line(type, c));
                for (int i = 0; i < 3; i++) {
                    all[i] += c[i];
                }
            });
            return out.append(line("ALL", all)).toString();
        }

        double f1() {
            int tp = 0, fp = 0, fn = 0;
            for (int[] c : counts.values()) {
                tp += c[0];
                fp += c[1];
                fn += c[2];
            }
            return 2.0 * tp / (2.0 * tp + fp + fn);
        }

        private static String line(String type, int[] c) {
            double p = c[0] / (double) Math.max(1, c[0] + c[1]);
            double r = c[0] / (double) Math.max(1, c[0] + c[2]);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return String.format("  %-4s P %5.1f  R %5.1f  F1 %5.1f   (tp %d fp %d fn %d)%n",
                    type, 100 * p, 100 * r, 100 * f, c[0], c[1], c[2]);
        }
    }

    private GermEvalDevCheck() {
    }

    /** Gold and both systems' spans over one corpus. */
    record Comparison(List<GoldSentence> corpus, Set<Labelled> gold, Set<Labelled> crfSpans,
                      Set<Labelled> hearsaySpans) {
        Score crf() {
            return Score.of(gold, crfSpans);
        }

        Score hearsay() {
            return Score.of(gold, hearsaySpans);
        }

        String report() {
            return crf().report("CoreNLP German CRF alone (" + corpus.size() + " sentences)")
                    + hearsay().report("Hearsay GermanEntityStage");
        }
    }

    public static void main(String[] args) throws IOException {
        Path dev = args.length > 0 ? Path.of(args[0]) : SharedData.find(SharedData.GERMEVAL_DEV)
                .orElseThrow(() -> new IOException("GermEval dev file not found; pass its path"));
        Comparison result = compare(dev, new GermanEntityStage());
        System.out.print(result.report());
        if (args.length > 1) {
            writeErrors(Path.of(args[1]), result.corpus(), result.gold(), result.hearsaySpans());
            writeChanges(Path.of(args[1] + ".changes"), result.corpus(), result.gold(), result.crfSpans(),
                    result.hearsaySpans());
        }
    }

    /** Each sentence is its own document, as GermEval's sentences come from unrelated texts. */
    static Comparison compare(Path dev, GermanEntityStage stage) throws IOException {
        List<GoldSentence> corpus = read(dev);
        Set<Labelled> gold = new HashSet<>();
        Set<Labelled> crf = new HashSet<>();
        Set<Labelled> hearsay = new HashSet<>();
        for (int s = 0; s < corpus.size(); s++) {
            GoldSentence sentence = corpus.get(s);
            gold.addAll(spans(s, sentence.outerTags()));
            crf.addAll(crfAlone(s, sentence.words()));
            hearsay.addAll(predicted(s, stage, sentence.words()));
        }
        return new Comparison(corpus, gold, crf, hearsay);
    }

    static List<GoldSentence> read(Path file) throws IOException {
        List<GoldSentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!words.isEmpty()) {
                    sentences.add(new GoldSentence(List.copyOf(words), List.copyOf(tags)));
                    words.clear();
                    tags.clear();
                }
                continue;
            }
            String[] columns = line.split("\t");
            words.add(columns[1]);
            tags.add(columns[2]);
        }
        if (!words.isEmpty()) {
            sentences.add(new GoldSentence(words, tags));
        }
        return sentences;
    }

    /** Outer BIO tags to spans, keeping only the plain PER/ORG/LOC types. */
    static List<Labelled> spans(int sentence, List<String> tags) {
        List<Labelled> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean continues = start >= 0 && tag.equals("I-" + type);
            if (start >= 0 && !continues) {
                if (TYPES.contains(type)) {
                    spans.add(new Labelled(sentence, start, i, type));
                }
                start = -1;
            }
            if (start < 0 && !tag.equals("O")) {
                start = i;
                type = tag.substring(2);
            }
        }
        return spans;
    }

    private static List<Labelled> crfAlone(int sentence, List<String> words) {
        List<Labelled> spans = new ArrayList<>();
        List<String> labels = CrfNameTagger.tag(words);
        for (LabelRuns.Run run : LabelRuns.of(labels)) {
            if (TYPES.contains(run.type())) {
                spans.add(new Labelled(sentence, run.start(), run.end(), run.type()));
            }
        }
        return spans;
    }

    private static List<Labelled> predicted(int sentence, GermanEntityStage stage, List<String> words) {
        Analysis analysis = stage.apply(PreTokenized.of(List.of(words)));
        List<Labelled> spans = new ArrayList<>();
        for (EntityMention m : analysis.get(Layers.ENTITY_MENTIONS)) {
            if (TYPES.contains(m.type())) {
                spans.add(new Labelled(sentence, m.firstToken(), m.endToken(), m.type()));
            }
        }
        return spans;
    }

    private static void writeErrors(Path file, List<GoldSentence> corpus, Set<Labelled> gold, Set<Labelled> predicted)
            throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (Labelled p : predicted) {
                if (!gold.contains(p)) {
                    out.println("FP\t" + p.type() + "\t" + words(corpus, p) + "\t|| " + context(corpus, p));
                }
            }
            for (Labelled g : gold) {
                if (!predicted.contains(g)) {
                    out.println("FN\t" + g.type() + "\t" + words(corpus, g) + "\t|| " + context(corpus, g));
                }
            }
        }
    }

    /** What the rules changed against the CRF alone, each marked good (+) or bad (-). */
    private static void writeChanges(Path file, List<GoldSentence> corpus, Set<Labelled> gold, Set<Labelled> crf,
            Set<Labelled> hearsay) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (Labelled p : hearsay) {
                if (!crf.contains(p)) {
                    out.println((gold.contains(p) ? "+added\t" : "-added\t") + p.type() + "\t" + words(corpus, p)
                            + "\t|| " + context(corpus, p));
                }
            }
            for (Labelled p : crf) {
                if (!hearsay.contains(p)) {
                    out.println((gold.contains(p) ? "-removed\t" : "+removed\t") + p.type() + "\t" + words(corpus, p)
                            + "\t|| " + context(corpus, p));
                }
            }
        }
    }

    private static String words(List<GoldSentence> corpus, Labelled span) {
        return String.join(" ", corpus.get(span.sentence()).words().subList(span.start(), span.end()));
    }

    private static String context(List<GoldSentence> corpus, Labelled span) {
        GoldSentence s = corpus.get(span.sentence());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.words().size(); i++) {
            out.append(i == span.start() ? "[[" : "").append(s.words().get(i))
                    .append(i == span.end() - 1 ? "]]" : "").append(' ');
            if (!s.outerTags().get(i).equals("O")) {
                out.append('/').append(s.outerTags().get(i)).append(' ');
            }
        }
        return out.toString();
    }
}
