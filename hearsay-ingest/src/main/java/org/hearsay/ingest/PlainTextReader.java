package org.hearsay.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hearsay.core.model.Article;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.Section;
import org.hearsay.core.model.SectionKind;
import org.hearsay.core.model.Span;

/**
 * Reads plain text in the layout news exports use: title line, lead line, a line with only
 * the publication date (optionally followed by the outlet: "12.11.2024 08:09 | Rundschau"), then
 * one paragraph per line with short unpunctuated lines as sub-headings. The lead may be missing (title, then date). Without a date on line 2 or 3
 * there is no way to tell a title from a first paragraph, so such a text is body only.
 * Hard-wrapped text (paragraphs of several lines between blank lines) is read by blocks
 * instead of lines, since a wrapped line ends without punctuation like a heading does.
 * The text itself is kept as it is; sections point at the trimmed lines or blocks.
 */
final class PlainTextReader {
    /** Sub-headings are short; a longer unpunctuated line is more likely a sloppy paragraph. */
    private static final int MAX_HEADING_LENGTH = 120;
    private static final String FINAL_PUNCTUATION = ".!?:;,…";
    /** Closing marks that may follow a sentence's final punctuation ("…sagte er.“"). */
    private static final String CLOSERS = "\"'“”„«»‹›)]’‘";

    Article read(String text, Source source) {
        List<Span> lines = nonBlankLines(text);
        List<Section> sections = new ArrayList<>();
        String title = null;
        PublicationTime published = null;
        int bodyLines = 0;
        Optional<Layout> layout = Layout.detect(text, lines);
        if (layout.isPresent()) {
            Layout found = layout.get();
            title = lines.get(0).of(text);
            published = found.published();
            sections.add(new Section(SectionKind.TITLE, lines.get(0)));
            if (found.datelineIndex() == 2) {
                sections.add(new Section(SectionKind.LEAD, lines.get(1)));
            }
            sections.add(new Section(SectionKind.DATELINE, lines.get(found.datelineIndex())));
            bodyLines = found.datelineIndex() + 1;
        }
        List<Span> body = blocks(text, lines.subList(bodyLines, lines.size()));
        for (int i = 0; i < body.size(); i++) {
            boolean followedByText = i + 1 < body.size();
            String block = body.get(i).of(text);
            SectionKind kind = followedByText && !block.contains("\n") && isHeading(block)
                    ? SectionKind.HEADING : SectionKind.PARAGRAPH;
            sections.add(new Section(kind, body.get(i)));
        }
        String outlet = layout.map(Layout::outlet).orElse(null);
        return ArticleFactory.create(source, new Metadata(title, null, published, outlet, null), text, sections);
    }

    /**
     * Where the layout's dateline is (line 2 or 3, counting from 0: 1 or 2), what it says, and the
     * outlet named after it, or null.
     */
    private record Layout(int datelineIndex, PublicationTime published, String outlet) {
        /** Separators between date and outlet on a dateline, as exports and newsletters write them. */
        private static final String OUTLET_SEPARATORS = "|·";
        private static final int MAX_OUTLET_LENGTH = 80;

        static Optional<Layout> detect(String text, List<Span> lines) {
            for (int index = 1; index <= 2 && index < lines.size(); index++) {
                String line = lines.get(index).of(text);
                Optional<PublicationTime> date = PublicationDates.dateline(line);
                if (date.isPresent()) {
                    return Optional.of(new Layout(index, date.get(), null));
                }
                Optional<Layout> withOutlet = withOutlet(index, line);
                if (withOutlet.isPresent()) {
                    return withOutlet;
                }
            }
            return Optional.empty();
        }

        /** "12.11.2024 08:09 | Rundschau": a dateline, a separator and a short name with letters. */
        private static Optional<Layout> withOutlet(int index, String line) {
            int cut = -1;
            for (char separator : OUTLET_SEPARATORS.toCharArray()) {
                cut = Math.max(cut, line.lastIndexOf(separator));
            }
            if (cut < 0) {
                return Optional.empty();
            }
            String outlet = line.substring(cut + 1).strip();
            if (outlet.isEmpty() || outlet.length() > MAX_OUTLET_LENGTH || outlet.codePoints().noneMatch(Character::isLetter)) {
                return Optional.empty();
            }
            return PublicationDates.dateline(line.substring(0, cut)).map(date -> new Layout(index, date, outlet));
        }
    }

    /**
     * A sub-heading is a short line with letters that does not end like a sentence. It must
     * be followed by text (checked by the caller): a trailing short line is a credit or sign-off.
     */
    static boolean isHeading(String line) {
        if (line.length() > MAX_HEADING_LENGTH || line.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        int end = line.length();
        while (end > 0 && CLOSERS.indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && FINAL_PUNCTUATION.indexOf(line.charAt(end - 1)) < 0;
    }

    /**
     * The body's blocks: its lines, or, when some paragraph runs over several lines between
     * blank lines, each run of adjacent lines.
     */
    private static List<Span> blocks(String text, List<Span> lines) {
        List<Span> runs = new ArrayList<>();
        for (Span line : lines) {
            Span last = runs.isEmpty() ? null : runs.getLast();
            if (last != null && text.substring(last.end(), line.start()).chars().filter(c -> c == '\n').count() == 1) {
                runs.set(runs.size() - 1, new Span(last.start(), line.end()));
            } else {
                runs.add(line);
            }
        }
        return runs.size() < lines.size() && runs.size() > 1 ? runs : lines;
    }

    /** Each line that has something besides whitespace, trimmed of surrounding whitespace. */
    private static List<Span> nonBlankLines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int from = start;
            int to = end;
            while (from < to && TextNormaliser.isBlank(text.charAt(from))) {
                from++;
            }
            while (to > from && TextNormaliser.isBlank(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                lines.add(new Span(from, to));
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }
}
