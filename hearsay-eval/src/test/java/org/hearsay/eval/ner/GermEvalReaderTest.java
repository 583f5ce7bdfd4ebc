package org.hearsay.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class GermEvalReaderTest {
    // Invented sentences in the GermEval 2014 layout.
    private static final String SNIPPET = """
            #	http://example.org/a	[2024-01-02]
            1	Anna	B-PER	O
            2	Berger	I-PER	O
            3	lobte	O	O
            4	die	O	O
            5	Hamburger	B-ORG	B-LOCderiv
            6	Stadtwerke	I-ORG	O
            7	.	O	O

            #	http://example.org/b	[2024-01-03]
            1	Sie	O	O
            2	wohnt	O	O
            3	in	O	O
            4	Kiel	B-LOC	O
            5	.	O	O

            #	http://example.org/c	[2024-01-04]
            1	Der	O	O
            2	französische	B-LOCderiv	O
            3	Koch	O	O
            4	kocht	O	O
            5	.	O	O
            """;

    @Test
    void readsSentencesTokensAndOuterTags() throws IOException {
        List<GermEvalSentence> sentences = GermEvalReader.read(new BufferedReader(new StringReader(SNIPPET)));
        assertEquals(3, sentences.size());
        GermEvalSentence first = sentences.get(0);
        assertEquals("http://example.org/a\t[2024-01-02]", first.source());
        assertEquals(List.of("Anna", "Berger", "lobte", "die", "Hamburger", "Stadtwerke", "."), first.tokens());
        assertEquals(List.of(new Chunk(0, 2, "PER"), new Chunk(4, 6, "ORG")), first.goldChunks());
        assertEquals(List.of(new Chunk(3, 4, "LOC")), sentences.get(1).goldChunks());
        assertEquals(List.of(new Chunk(1, 2, "LOCderiv")), sentences.get(2).goldChunks());
    }

    @Test
    void lastSentenceNeedsNoTrailingBlankLine() throws IOException {
        String text = "#\tx\n1\tKiel\tB-LOC\tO";
        assertEquals(1, GermEvalReader.read(new BufferedReader(new StringReader(text))).size());
    }

    @Test
    void lineWithoutTagIsAnError() {
        String text = "#\tx\n1\tKiel\n";
        assertThrows(IOException.class, () -> GermEvalReader.read(new BufferedReader(new StringReader(text))));
    }
}
