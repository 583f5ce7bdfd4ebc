package org.hearsay.core.claims;

import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Section;
import org.hearsay.core.model.SectionKind;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;

/**
 * Cuts an article into claim units: every quotation's words by sentence, and every sentence's
 * words outside quotations and reporting clauses; both further at semicolons and dashes, which
 * join main clauses. Datelines and bylines are labels, never claims.
 */
final class ClaimUnits {
    private static final String TRIM = " \t\n\r\u00a0,.;:!?–—-„“”\"»«‚‘’'›‹()";

    private ClaimUnits() {
    }

    /** All units, in text order. */
    static List<ClaimUnit> of(Analysis analysis) {
        String text = analysis.text();
        List<Sentence> sentences = analysis.get(Layers.SENTENCES);
        List<Quotation> quotations = analysis.get(Layers.QUOTATIONS);
        List<ClaimUnit> units = new ArrayList<>();
        List<Span> covered = new ArrayList<>();
        for (int q = 0; q < quotations.size(); q++) {
            Quotation quotation = quotations.get(q);
            covered.addAll(quotation.content());
            for (Sentence s : sentences) {
                List<Span> parts = new ArrayList<>();
                for (Span piece : quotation.content()) {
                    if (s.span().overlaps(piece)) {
                        Span part = trim(text, Math.max(s.span().start(), piece.start()), Math.min(s.span().end(), piece.end()));
                        if (part != null) {
                            parts.add(part);
                        }
                    }
                }
                if (parts.size() == 1) {
                    cut(text, parts.get(0), q, false, units);
                } else if (parts.size() > 1) {
                    // One utterance around the reporting clause that splits it.
                    Span whole = new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
                    units.add(new ClaimUnit(whole, parts, q, false, false));
                }
            }
            for (Span frame : new Span[] {quotation.frame(), quotation.cue(), quotation.speaker()}) {
                if (frame != null) {
                    covered.add(frame);
                }
            }
        }
        covered.sort(null);
        List<Span> labels = analysis.article().sections().stream()
                .filter(s -> s.kind() == SectionKind.DATELINE || s.kind() == SectionKind.BYLINE).map(Section::span).toList();
        for (Sentence s : sentences) {
            if (labels.stream().noneMatch(l -> l.overlaps(s.span()))) {
                List<Span> free = uncovered(s.span(), covered);
                boolean remainder = free.size() != 1 || !free.get(0).equals(s.span());
                free.forEach(part -> cut(text, part, null, remainder, units));
            }
        }
        units.sort((a, b) -> a.span().compareTo(b.span()));
        return units;
    }

    /** The parts of {@code span} outside all {@code covered} spans (sorted by start). */
    private static List<Span> uncovered(Span span, List<Span> covered) {
        List<Span> free = new ArrayList<>();
        int at = span.start();
        for (Span c : covered) {
            if (c.start() >= span.end()) {
                break;
            }
            if (c.end() > at && c.overlaps(span)) {
                if (c.start() > at) {
                    free.add(new Span(at, c.start()));
                }
                at = Math.max(at, c.end());
            }
        }
        if (at < span.end()) {
            free.add(new Span(at, span.end()));
        }
        return free;
    }

    /** Splits a part at semicolons and dashes and adds the trimmed, non-empty pieces. */
    private static void cut(String text, Span part, Integer quotation, boolean remainder, List<ClaimUnit> into) {
        int start = part.start();
        boolean afterDash = false;
        for (int i = part.start(); i <= part.end(); i++) {
            boolean end = i == part.end();
            boolean dash = !end && isDash(text, i);
            if (end || dash || text.charAt(i) == ';') {
                Span trimmed = trim(text, start, i);
                if (trimmed != null) {
                    into.add(new ClaimUnit(trimmed, quotation, afterDash, remainder));
                }
                afterDash = afterDash || dash;
                start = i + 1;
            }
        }
    }

    /** A dash between words: "–", "—", or a hyphen with space on both sides. */
    private static boolean isDash(String text, int i) {
        char c = text.charAt(i);
        if (c == '–' || c == '—') {
            return true;
        }
        return c == '-' && i > 0 && i + 1 < text.length() && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ';
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && TRIM.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && TRIM.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        for (int i = start; i < end; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return new Span(start, end);
            }
        }
        return null;
    }
}
