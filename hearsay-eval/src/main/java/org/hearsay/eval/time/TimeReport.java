package org.hearsay.eval.time;

import java.util.List;
import java.util.Locale;
import org.hearsay.eval.Environment;
import org.hearsay.eval.Table;

/**
 * Result of {@code hearsay eval time}: TempEval-3 scores per corpus and system, speed, and error
 * examples by category.
 *
 * @param scores        one per corpus and system
 * @param notes         corpora or systems that were skipped, and why
 * @param environment   machine the figures were taken on
 * @param errorExamples errors listed per category
 */
public record TimeReport(List<TimexScore> scores, List<String> notes, Environment environment, int errorExamples) {
    private static final List<String> CATEGORIES = List.of("MISSED", "SPURIOUS", "BOUNDARY", "TYPE", "VALUE");

    public TimeReport {
        scores = List.copyOf(scores);
        notes = List.copyOf(notes);
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Temporal expressions (TIMEX3), TempEval-3 measures: strict/relaxed span P/R/F1;\n")
                .append("type and value accuracy on relaxed matches, attribute F1 = accuracy x relaxed F1.\n")
                .append("Speed: one thread, second (warm) pass over the corpus; Hearsay's time component is its time stage\n")
                .append("without the token stage it needs, HeidelTime's is the whole of it.\n");
        out.append(environment.toText()).append('\n');
        Table table = new Table("corpus", "system", "docs", "gold", "pred", "strict P", "strict R", "strict F1",
                "relaxed P", "relaxed R", "relaxed F1", "type acc", "type F1", "value acc", "value F1");
        for (TimexScore s : scores) {
            table.row(s.corpus(), s.system(), s.documents(), s.gold(), s.predicted(), pct(s.strictPrecision()),
                    pct(s.strictRecall()), pct(s.strictF1()), pct(s.relaxedPrecision()), pct(s.relaxedRecall()),
                    pct(s.relaxedF1()), pct(s.typeAccuracy()), pct(s.typeF1()), pct(s.valueAccuracy()), pct(s.valueF1()));
        }
        out.append(table).append('\n');
        Table speed = new Table("corpus", "system", "seconds", "docs/s", "kchars/s", "time component s", "time component kchars/s",
                "missed", "spurious", "boundary", "type", "value");
        for (TimexScore s : scores) {
            speed.row(s.corpus(), s.system(), num(s.seconds()), num(s.documents() / Math.max(1e-9, s.seconds())),
                    num(s.characters() / 1000.0 / Math.max(1e-9, s.seconds())), num(s.ownSeconds()),
                    num(s.characters() / 1000.0 / Math.max(1e-9, s.ownSeconds())), s.count("MISSED"), s.count("SPURIOUS"),
                    s.count("BOUNDARY"), s.count("TYPE"), s.count("VALUE"));
        }
        out.append(speed).append('\n');
        for (String note : notes) {
            out.append("note: ").append(note).append('\n');
        }
        for (TimexScore s : scores) {
            for (String category : CATEGORIES) {
                List<TimexError> examples = s.errors().stream().filter(e -> e.category().equals(category)).limit(errorExamples).toList();
                if (examples.isEmpty()) {
                    continue;
                }
                out.append('\n').append(s.corpus()).append(" / ").append(s.system()).append(" / ").append(category)
                        .append(" (").append(s.count(category)).append(")\n");
                examples.forEach(e -> out.append("  ").append(e.toText()).append('\n'));
            }
        }
        return out.toString();
    }

    private static String pct(double ratio) {
        return String.format(Locale.ROOT, "%.2f", 100 * ratio);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
