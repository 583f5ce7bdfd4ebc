package org.hearsay.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.hearsay.core.model.Section;
import org.hearsay.core.model.Span;

/**
 * Cuts an article text into blocks that no sentence may cross: line breaks and section
 * boundaries. Titles, datelines and sub-headings rarely end with a full stop, so a sentence
 * splitter alone would glue them to the next paragraph; every language's tokenizer runs per block.
 */
public final class TextBlocks {
    private TextBlocks() {
    }

    /** The non-blank blocks, trimmed of surrounding whitespace, in text order. */
    public static List<Span> of(String text, List<Section> sections) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Section section : sections) {
            cuts.add(section.span().start());
            cuts.add(section.span().end());
        }
        for (int i = 0; i < text.length(); i++) {
            if (isLineBreak(text.charAt(i))) {
                cuts.add(i);
                cuts.add(i + 1);
            }
        }
        List<Span> blocks = new ArrayList<>();
        int start = cuts.first();
        for (int end : cuts.tailSet(start, false)) {
            addTrimmed(text, start, end, blocks);
            start = end;
        }
        return blocks;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> into) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            into.add(new Span(start, end));
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
