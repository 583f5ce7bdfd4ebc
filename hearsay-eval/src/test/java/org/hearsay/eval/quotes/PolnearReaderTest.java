package org.hearsay.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearsay.core.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearReaderTest {
    // Invented. The emoji is two UTF-16 units but one brat offset.
    private static final String TEXT = "\uD83D\uDE00 Smith said the plan \"will work\", adding that it was cheap.";

    private static Path corpus(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/paper_2016-01-01_plan.txt"), TEXT);
        // Offsets in code points: "Smith" 2–7, "said" 8–12, "the plan" 13–21, "\"will work\"" 22–33,
        // "adding" 35–41, "that it was cheap" 42–59.
        Files.writeString(dir.resolve("attributions/paper_2016-01-01_plan_aaaa.ann"), """
                T1\tSource 2 7\tSmith
                T2\tCue 8 12\tsaid
                T3\tContent 13 21;22 33\tthe plan "will work"
                T4\tAttribution 8 12\tsaid
                E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
                T5\tCue 35 41\tadding
                T6\tContent 42 59\tthat it was
                The text of a span may run over a line break; this line starts with T but is no span.
                T7\tAttribution-no-source 35 41\tadding
                T8\tContent 13 17\tthe
                E2\tAttribution-no-source:T7 Content:T6 Cue:T5 Content2:T8
                T9\tAttribution-no-source 0 1\t.
                E3\tAttribution-no-source:T9\s
                T10\tDiscuss 2 7\tSmith
                """);
        // A second annotator's file: never read.
        Files.writeString(dir.resolve("attributions/paper_2016-01-01_plan_bbbb.ann"), "T1\tSource 2 7\tSmith\n");
        return dir;
    }

    @Test
    void readsTheFirstAnnotatorsAttributions(@TempDir Path dir) throws IOException {
        List<PolnearDocument> documents = PolnearReader.read(corpus(dir), 0);
        assertEquals(1, documents.size());
        PolnearDocument d = documents.getFirst();
        assertEquals("paper_2016-01-01_plan", d.name());
        assertEquals("paper_2016-01-01_plan_aaaa.ann", d.annotationFile());
        assertEquals(2, d.annotators());
        assertEquals(1, d.skipped());
        assertEquals(2, d.attributions().size());

        PolnearAttribution first = d.attributions().getFirst();
        List<Span> content = first.spans().get(Role.QUOTE);
        assertEquals(List.of(new Span(14, 22), new Span(23, 34)), content);
        assertEquals("the plan", content.get(0).of(TEXT));
        assertEquals("\"will work\"", content.get(1).of(TEXT));
        assertEquals("Smith", first.spans().get(Role.SPEAKER).getFirst().of(TEXT));
        assertEquals("said", first.spans().get(Role.CUE).getFirst().of(TEXT));

        PolnearAttribution second = d.attributions().get(1);
        assertEquals(List.of(), second.spans().get(Role.SPEAKER));
        // Content2 joins the content.
        assertEquals(List.of("that it was cheap", "the "),
                second.spans().get(Role.QUOTE).stream().map(s -> s.of(TEXT)).toList());
    }

    @Test
    void anArticleWithoutAnnotationIsAnError(@TempDir Path dir) throws IOException {
        corpus(dir);
        Files.writeString(dir.resolve("text/other.txt"), "No annotation.");
        assertThrows(IllegalArgumentException.class, () -> PolnearReader.read(dir, 0));
    }

    @Test
    void wordTokensAreRunsOfLettersAndDigitsAndSingleMarks() {
        assertEquals(List.of(new Span(0, 2), new Span(2, 3), new Span(3, 4), new Span(5, 6), new Span(6, 8),
                new Span(8, 9), new Span(10, 12), new Span(12, 13)), WordTokenizer.tokenize("It’s \"ok\" 42."));
    }
}
