package org.hearsay.eval.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.eval.Environment;
import org.hearsay.eval.Table;

/**
 * Result of {@code hearsay eval claims}: detection and field accuracy per language and over all,
 * the modality confusion tables and, on request, every disagreement.
 *
 * @param languages   one run per language asked for
 * @param environment machine the figures were taken on
 * @param errors      whether {@link #toText} lists the disagreements
 */
public record ClaimReport(List<LanguageRun> languages, Environment environment, boolean errors) {
    static final String ALL = "all";

    public ClaimReport {
        languages = List.copyOf(languages);
    }

    /** The scored languages' scores together; null when none was scored. */
    public ClaimScores overall() {
        return scored().stream().map(LanguageRun::scores).reduce(ClaimScores::plus).orElse(null);
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("""
                Claims on Hearsay's own gold set (invented news paragraphs, each analysed as one article; see
                docs/claims-eval.md). A predicted claim matches a gold claim when its span overlaps the gold
                evidence; pairs are one-to-one by largest character overlap (linear-sum assignment).
                Detection: P = matched / predicted, R = matched / gold. Fields: share of matched pairs that agree;
                holder agrees when the predicted source's name or a mention contains the gold holder, or both
                are the article; condition = its kind, cue = its words.
                """);
        out.append(environment.toText()).append('\n');
        List<LanguageRun> scored = scored();
        for (LanguageRun run : languages) {
            if (run.skipped() != null) {
                out.append(run.language()).append(": skipped: ").append(run.skipped()).append('\n');
            }
        }
        if (scored.isEmpty()) {
            return out.toString();
        }
        List<String> rows = new ArrayList<>(scored.stream().map(LanguageRun::language).toList());
        List<ClaimScores> scores = new ArrayList<>(scored.stream().map(LanguageRun::scores).toList());
        if (scored.size() > 1) {
            rows.add(ALL);
            scores.add(overall());
        }
        out.append(detection(rows, scores)).append('\n').append(fields(rows, scores)).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            out.append("Modality confusion, ").append(rows.get(i))
                    .append(" (rows gold, columns predicted by their first four letters; matched pairs)\n")
                    .append(confusion(scores.get(i))).append('\n');
        }
        for (LanguageRun run : scored) {
            out.append(run.language()).append(": ").append(num(run.seconds()))
                    .append(" s to load the models, analyse and score\n");
            if (run.withoutLayer() > 0) {
                out.append("note: ").append(run.language()).append(": the claims layer was missing in ")
                        .append(run.withoutLayer()).append(" of ").append(run.scores().paragraphs())
                        .append(" paragraphs (the language pack has no claims stage)\n");
            }
        }
        if (errors) {
            for (LanguageRun run : scored) {
                out.append('\n').append("Disagreements, ").append(run.language()).append(" (")
                        .append(run.scores().errors().size()).append(")\n");
                run.scores().errors().forEach(e -> out.append("  ").append(e.toText()).append('\n'));
            }
        }
        return out.toString();
    }

    private List<LanguageRun> scored() {
        return languages.stream().filter(r -> r.skipped() == null).toList();
    }

    private static Table detection(List<String> rows, List<ClaimScores> scores) {
        Table table = new Table("lang", "paragraphs", "gold", "pred", "matched", "P", "R", "F1");
        for (int i = 0; i < rows.size(); i++) {
            ClaimScores s = scores.get(i);
            table.row(rows.get(i), s.paragraphs(), s.gold(), s.predicted(), s.matched(), pct(s.precision()),
                    pct(s.recall()), pct(s.f1()));
        }
        return table;
    }

    private static Table fields(List<String> rows, List<ClaimScores> scores) {
        List<String> header = new ArrayList<>(List.of("lang", "matched"));
        for (ClaimField field : ClaimField.values()) {
            header.add(field.label());
        }
        Table table = new Table(header.toArray(String[]::new));
        for (int i = 0; i < rows.size(); i++) {
            ClaimScores s = scores.get(i);
            List<Object> cells = new ArrayList<>(List.of(rows.get(i), s.matched()));
            for (ClaimField field : ClaimField.values()) {
                cells.add(pct(s.accuracy(field)));
            }
            table.row(cells.toArray());
        }
        return table;
    }

    private static Table confusion(ClaimScores scores) {
        List<String> header = new ArrayList<>(List.of("gold \\ predicted"));
        for (Modality m : Modality.values()) {
            header.add(m.name().substring(0, 4));
        }
        Table table = new Table(header.toArray(String[]::new));
        for (Modality gold : Modality.values()) {
            List<Object> cells = new ArrayList<>(List.of(gold.name()));
            for (Modality predicted : Modality.values()) {
                cells.add(scores.confused(gold, predicted));
            }
            table.row(cells.toArray());
        }
        return table;
    }

    private static String pct(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.1f", 100 * ratio);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
