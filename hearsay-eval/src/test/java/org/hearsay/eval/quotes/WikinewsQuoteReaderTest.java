package org.hearsay.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikinewsQuoteReaderTest {

    @Test
    void readsTokensAndAnnotations() {
        List<QuoteDocument> documents = WikinewsQuoteReader.read(WikinewsFixture.folder(), 0);
        assertEquals(1, documents.size());
        QuoteDocument d = documents.getFirst();
        assertEquals(WikinewsFixture.FILE, d.file());
        assertEquals("1 - Erfundener Artikel (2024-01-01)", d.documentName());
        assertEquals(24, d.tokens().size());
        assertEquals("Bürgermeister", d.tokens().get(14).text());
        assertEquals(2, d.sentences().size());
        assertEquals(2, d.tokens().get(14).sentence());

        CorpusQuotation direct = d.quotations().get(0);
        assertEquals(QuoteType.DIRECT, direct.type());
        assertEquals("Speech", direct.medium());
        assertFalse(direct.nested());
        RoleAnnotation quote = direct.role(Role.QUOTE);
        assertEquals(List.of(0, 1, 2, 3, 9, 10, 11, 12), quote.tokenIds());
        assertEquals(List.of(new TokenSpan(0, 4, 0, 12), new TokenSpan(9, 13, 31, 40)), quote.spans());
        assertEquals("„Wir kommen“ „morgen.“", quote.text());
        assertEquals(RoleAnnotation.ABSENT, direct.role(Role.ADDRESSEE));

        CorpusQuotation indirect = d.quotations().get(1);
        assertEquals(QuoteType.INDIRECT, indirect.type());
        assertEquals("SW", indirect.medium());
        assertEquals("den Bürgern", indirect.role(Role.ADDRESSEE).text());
        assertEquals(Set.of(13, 14), indirect.toTokens().tokens(Role.SPEAKER));
    }

    @Test
    void tokenIdsOutsideTheDocumentAreAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.json"), """
                {"documentName": "x", "originalText": "Ja.", "sentences": [],
                 "tokens": [{"id": 0, "text": "Ja", "charBegin": 0, "charEnd": 2, "sentence": 1, "word": 1}],
                 "annotations": [{"id": 0, "type": "Direct", "medium": "Speech", "isNested": false, "hasNested": false,
                   "quote": {"text": "Ja", "tokenIds": [0, 1], "spans": []}}]}
                """);
        assertThrows(IllegalArgumentException.class, () -> WikinewsQuoteReader.read(dir, 0));
    }

    @Test
    void limitAndNameOrder(@TempDir Path dir) throws IOException {
        for (String name : List.of("b.json", "a.json", "c.json")) {
            Files.writeString(dir.resolve(name), """
                    {"documentName": "%s", "originalText": "", "sentences": [], "tokens": [], "annotations": []}
                    """.formatted(name));
        }
        Files.writeString(dir.resolve("notes.txt"), "not a document");
        assertEquals(List.of("a.json", "b.json"),
                WikinewsQuoteReader.read(dir, 2).stream().map(QuoteDocument::documentName).toList());
        assertTrue(WikinewsQuoteReader.read(dir, 0).stream().allMatch(d -> d.quotations().isEmpty()));
    }
}
