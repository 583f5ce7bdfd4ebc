package org.hearsay.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikinewsQuoteWriterTest {
    private final QuoteDocument fixture = WikinewsQuoteReader.read(WikinewsFixture.folder(), 0).getFirst();

    @Test
    void goldRoundTripsUnchanged(@TempDir Path dir) throws IOException {
        Path file = WikinewsQuoteWriter.write(dir, fixture);
        assertEquals(WikinewsFixture.FILE, file.getFileName().toString());
        assertEquals(fixture, WikinewsQuoteReader.readFile(file));
    }

    @Test
    void writesTheCorpusKeysInTheCorpusOrder() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode original = json.readTree(WikinewsFixture.folder().resolve(WikinewsFixture.FILE).toFile());
        JsonNode written = WikinewsQuoteWriter.toJson(fixture);
        assertEquals(original, written);
        assertEquals(keys(original), keys(written));
        assertEquals(keys(original.get("annotations").get(0)), keys(written.get("annotations").get(0)));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        Iterator<String> names = node.fieldNames();
        names.forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void predictionsRoundTripThroughTheReader(@TempDir Path dir) throws IOException {
        String text = fixture.originalText();
        int cut = text.indexOf("Bürgermeister");
        // "Bürgerm" cuts a token: the whole token counts. The quote has two pieces; the second
        // prediction lies inside the first one's quote, so it is nested.
        PredictedQuotation outer = new PredictedQuotation(QuoteType.INDIRECT, null, Map.of(
                Role.QUOTE, List.of(new Span(0, 12), new Span(31, 40)),
                Role.SPEAKER, List.of(new Span(cut, cut + 7))));
        PredictedQuotation inner = new PredictedQuotation(QuoteType.DIRECT, "Speech",
                Map.of(Role.QUOTE, List.of(new Span(1, 4))));
        List<PredictedQuotation> predictions = List.of(outer, inner);
        List<CorpusQuotation> corpus = WikinewsQuoteWriter.toCorpus(fixture, predictions);
        Path file = WikinewsQuoteWriter.write(dir, fixture.withQuotations(corpus));
        QuoteDocument read = WikinewsQuoteReader.readFile(file);

        TokenIndex index = fixture.tokenIndex();
        assertEquals(predictions.stream().map(p -> TokenQuotation.of(p, index)).toList(), read.gold());
        CorpusQuotation first = read.quotations().get(0);
        assertEquals(List.of(new TokenSpan(0, 4, 0, 12), new TokenSpan(9, 13, 31, 40)), first.role(Role.QUOTE).spans());
        assertEquals("„Wir kommen“ „morgen.“", first.role(Role.QUOTE).text());
        assertEquals("Bürgermeister", first.role(Role.SPEAKER).text());
        assertNull(first.medium());
        assertTrue(first.hasNested());
        assertFalse(first.nested());
        assertTrue(read.quotations().get(1).nested());
        assertEquals(fixture.tokens(), read.tokens());
        assertEquals(fixture.sentences(), read.sentences());
    }
}
