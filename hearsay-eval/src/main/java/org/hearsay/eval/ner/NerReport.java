package org.hearsay.eval.ner;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hearsay.eval.Environment;
import org.hearsay.eval.Table;

/**
 * Result of {@code hearsay eval ner}: per system and type exact-span P/R/F1 on the outer level.
 * {@code skipped} is set (and there are no scores) when the corpus was not found.
 */
public record NerReport(Path corpus, int sentences, List<SystemScore> systems, Environment environment,
                        String skipped) {
    public NerReport {
        systems = List.copyOf(systems);
    }

    public static NerReport skipped(Path corpus, String why) {
        return new NerReport(corpus, 0, List.of(), Environment.current(), why);
    }

    public String toText() {
        if (skipped != null) {
            return "GermEval 2014 NER: skipped: " + skipped + "\n";
        }
        StringBuilder out = new StringBuilder();
        out.append("GermEval 2014 NER, outer level, exact token span and type; PER, ORG, LOC only\n");
        out.append("corpus ").append(corpus).append(", ").append(sentences).append(" sentences\n");
        out.append(environment.toText()).append('\n');
        Table scores = new Table("system", "type", "gold", "pred", "correct", "P", "R", "F1");
        for (SystemScore s : systems) {
            for (TypeScore t : s.perType()) {
                scores.row(s.system().title(), t.type(), t.gold(), t.predicted(), t.correct(),
                        pct(t.precision()), pct(t.recall()), pct(t.f1()));
            }
            TypeScore m = s.micro();
            scores.row(s.system().title(), "micro", m.gold(), m.predicted(), m.correct(),
                    pct(m.precision()), pct(m.recall()), pct(m.f1()));
        }
        out.append(scores).append('\n');
        Table errors = new Table("system", "wrong type", "wrong boundary", "spurious on OTH/deriv/part",
                "spurious", "missed", "(of which MISC)", "load s", "tag s");
        for (SystemScore s : systems) {
            ErrorBreakdown e = s.errors();
            errors.row(s.system().title(), e.wrongType(), e.wrongBoundary(), e.spuriousOnOther(), e.spurious(),
                    e.missed(), e.missedAsMisc(), num(s.loadSeconds()), num(s.tagSeconds()));
        }
        out.append(errors);
        for (SystemScore s : systems) {
            out.append(s.system().title()).append(": ").append(s.remarks()).append('\n');
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
