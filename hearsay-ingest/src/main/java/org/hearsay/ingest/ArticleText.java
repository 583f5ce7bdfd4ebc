package org.hearsay.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.hearsay.core.model.Section;
import org.hearsay.core.model.SectionKind;
import org.hearsay.core.model.Span;

/**
 * Builds an article text from blocks (title, lead, paragraphs…), one block per line, and
 * remembers each block's span. Used by the readers whose sources are structured (HTML, feeds)
 * so that the analysis sees the same clean shape as a plain-text article.
 */
final class ArticleText {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private final StringBuilder text = new StringBuilder();
    private final List<Section> sections = new ArrayList<>();

    /**
     * Adds a block after collapsing its whitespace; blank blocks are skipped.
     *
     * @return whether the block was added
     */
    boolean add(SectionKind kind, String block) {
        String clean = SPACES.matcher(TextNormaliser.normalise(block)).replaceAll(" ").strip();
        if (clean.isEmpty()) {
            return false;
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        int start = text.length();
        text.append(clean);
        sections.add(new Section(kind, new Span(start, text.length())));
        return true;
    }

    boolean hasBody() {
        return sections.stream().anyMatch(s -> s.kind() == SectionKind.PARAGRAPH || s.kind() == SectionKind.HEADING);
    }

    String text() {
        return text.toString();
    }

    List<Section> sections() {
        return List.copyOf(sections);
    }
}
