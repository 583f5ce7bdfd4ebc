package org.hearsay.eval.quotes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hearsay.eval.Environment;
import org.hearsay.eval.Table;

/** Result of {@code hearsay eval quotes}: per corpus, each system's scores as plain-text tables. */
public record QuoteReport(List<CorpusRun> corpora, Environment environment) {
    /**
     * The rule-based baseline published with the corpus (Petersen-Frey & Biemann 2024), with the
     * figures the project brief gives; they were not checked against the paper here.
     */
    static final String PUBLISHED = "published rule-based baseline (Petersen-Frey & Biemann 2024, figures as given"
            + " in the project brief): quotation F1 47.9, speaker F1 31.7";

    public QuoteReport {
        corpora = List.copyOf(corpora);
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(environment.toText()).append('\n');
        for (CorpusRun run : corpora) {
            out.append(run.corpus().title()).append(" (").append(run.path()).append(")");
            if (run.skipped() != null) {
                out.append(": skipped: ").append(run.skipped()).append("\n\n");
                continue;
            }
            out.append(", ").append(run.documents()).append(" documents\n");
            if (run.corpus() == QuoteCorpus.WIKINEWS) {
                wikinews(out, run);
            } else {
                polnear(out, run);
            }
            for (SystemResult r : run.systems()) {
                if (!r.remarks().isEmpty()) {
                    out.append(r.system()).append(": ").append(r.remarks()).append('\n');
                }
            }
            run.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    private static void wikinews(StringBuilder out, CorpusRun run) {
        out.append("""
                Metric: gold and predicted quotations paired per document by linear-sum assignment on quote-span
                token F1 (type, medium break ties; pairs sharing no quote token are dropped); per pair token P/R
                per role (a role empty on both sides: 1, on one side: 0); P averaged over all predicted, R over
                all gold quotations, unpaired ones counting 0. messages = quote span; roles = speaker, cue,
                frame, addressee pooled per pair; joint = all five pooled. Type and medium: micro P/R/F1 over
                all quotations (a label is right only on a pair). Per type: R by gold type, P by predicted type.
                """);
        Table spans = new Table("system", "gold", "pred", "paired", "messages P", "R", "F1", "roles P", "R", "F1",
                "joint P", "R", "F1", "speaker P", "R", "F1");
        Table labels = new Table("system", "type P", "R", "F1", "medium P", "R", "F1", "load s", "run s");
        Table types = new Table("system", "type", "gold", "pred", "messages P", "R", "F1", "joint P", "R", "F1");
        for (SystemResult r : run.systems()) {
            QuoteScores s = r.scores();
            spans.row(cells(r.system(), s.gold(), s.predicted(), s.paired(), s.messages(), s.roles(), s.joint(),
                    s.role(Role.SPEAKER)));
            labels.row(r.system(), pct(s.type().precision()), pct(s.type().recall()), pct(s.type().f1()),
                    pct(s.medium().precision()), pct(s.medium().recall()), pct(s.medium().f1()),
                    num(r.loadSeconds()), num(r.runSeconds()));
            for (QuoteType t : QuoteType.values()) {
                AveragedScore m = s.messagesOf(t);
                AveragedScore j = s.jointOf(t);
                types.row(r.system(), t.label(), m.gold(), m.predicted(), pct(m.precision()), pct(m.recall()),
                        pct(m.f1()), pct(j.precision()), pct(j.recall()), pct(j.f1()));
            }
        }
        out.append(spans).append('\n').append(labels).append('\n').append(types);
        out.append("reference: ").append(PUBLISHED).append('\n');
    }

    private static void polnear(StringBuilder out, CorpusRun run) {
        out.append("""
                Metric: as for the Wikinews corpus, attributions paired by content token F1; roles = source and
                cue pooled; joint = content, source and cue pooled. No types or media.
                """);
        Table spans = new Table("system", "gold", "pred", "paired", "content P", "R", "F1", "source P", "R", "F1",
                "cue P", "R", "F1", "joint P", "R", "F1", "load s", "run s");
        for (SystemResult r : run.systems()) {
            QuoteScores s = r.scores();
            Object[] cells = cells(r.system(), s.gold(), s.predicted(), s.paired(), s.messages(),
                    s.role(Role.SPEAKER), s.role(Role.CUE), s.joint());
            Object[] withTimes = Arrays.copyOf(cells, cells.length + 2);
            withTimes[cells.length] = num(r.loadSeconds());
            withTimes[cells.length + 1] = num(r.runSeconds());
            spans.row(withTimes);
        }
        out.append(spans);
    }

    private static Object[] cells(String system, int gold, int predicted, int paired, AveragedScore... scores) {
        Object[] cells = new Object[4 + 3 * scores.length];
        cells[0] = system;
        cells[1] = gold;
        cells[2] = predicted;
        cells[3] = paired;
        for (int i = 0; i < scores.length; i++) {
            cells[4 + 3 * i] = pct(scores[i].precision());
            cells[5 + 3 * i] = pct(scores[i].recall());
            cells[6 + 3 * i] = pct(scores[i].f1());
        }
        return cells;
    }

    private static String pct(double ratio) {
        return String.format(Locale.ROOT, "%.1f", 100 * ratio);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
