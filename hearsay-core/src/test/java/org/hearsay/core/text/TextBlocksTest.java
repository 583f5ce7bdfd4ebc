package org.hearsay.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hearsay.core.model.Section;
import org.hearsay.core.model.SectionKind;
import org.hearsay.core.model.Span;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

    private static List<String> blocks(String text, List<Section> sections) {
        return TextBlocks.of(text, sections).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void cutsAtLineBreaksAndDropsBlankLines() {
        String text = "  Storm hits coast \n\n\r\nPower lines fell.\u2028Roads closed. ";
        assertEquals(List.of("Storm hits coast", "Power lines fell.", "Roads closed."), blocks(text, List.of()));
    }

    @Test
    void cutsAtSectionBoundariesWithoutLineBreak() {
        String text = "Markets slump Shares fell on Monday.";
        List<Section> sections = List.of(
                new Section(SectionKind.TITLE, new Span(0, 13)),
                new Section(SectionKind.PARAGRAPH, new Span(14, text.length())));
        assertEquals(List.of("Markets slump", "Shares fell on Monday."), blocks(text, sections));
    }

    @Test
    void keepsTextOutsideSections() {
        String text = "Headline\nBody text here.";
        List<Section> sections = List.of(new Section(SectionKind.TITLE, new Span(0, 8)));
        assertEquals(List.of("Headline", "Body text here."), blocks(text, sections));
    }

    @Test
    void blankTextHasNoBlocks() {
        assertEquals(List.of(), blocks(" \n\t ", List.of()));
        assertEquals(List.of(), blocks("", List.of()));
    }
}
