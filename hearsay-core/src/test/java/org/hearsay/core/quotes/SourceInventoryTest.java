package org.hearsay.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.hearsay.core.ContentHash;
import org.hearsay.core.json.AnalysisJson;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Provenance;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.SourceRelay;
import org.hearsay.core.model.Span;
import org.junit.jupiter.api.Test;

class SourceInventoryTest {

    /** "Das Blatt beruft sich auf zwei Beamte. „Es eilt“, sagte einer. Anna Roth sagte, sie komme." */
    private static Analysis sample() {
        String text = "Das Blatt beruft sich auf zwei Beamte. „Es eilt“, sagte einer. Anna Roth sagte, sie komme.";
        Article article = new Article(ContentHash.of(text), "mem", "text", null, null, null, null, null, "de", text, List.of());
        List<Source> sources = List.of(
                new Source("s1", Source.Kind.OUTLET, "Blatt", List.of(new Span(0, 9)), null, null, null, false),
                new Source("s2", Source.Kind.ANONYMOUS, "zwei Beamte", List.of(new Span(26, 37)), "OFFICIAL", null, 2, true),
                new Source("s3", Source.Kind.NAMED_PERSON, "Anna Roth", List.of(new Span(63, 72)), null, null, null, false));
        List<Quotation> quotations = List.of(
                new Quotation(Quotation.Type.DIRECT, List.of(new Span(40, 47)), new Span(50, 55), "sagen", new Span(50, 61),
                        new Span(56, 61), null, Quotation.Medium.SPEECH, "s2", false, List.of("s1")),
                new Quotation(Quotation.Type.INDIRECT, List.of(new Span(80, 90)), new Span(73, 78), "sagen", new Span(63, 78),
                        new Span(63, 72), null, Quotation.Medium.SPEECH, "s3", false, List.of()),
                new Quotation(Quotation.Type.FREE_INDIRECT, List.of(new Span(80, 90)), null, null, null, null, null, null, null,
                        false, null));
        return Analysis.of(article, new Provenance("test", "abc", List.of("quotes")))
                .with(Layers.QUOTATIONS, quotations)
                .with(Layers.SOURCES, sources)
                .with(Layers.SOURCE_RELAYS, List.of(new SourceRelay("s1", "s2", new Span(10, 25))));
    }

    @Test
    void countsQuotationsPerSourceAndTheAnonymousShare() {
        SourceInventory inventory = SourceInventory.of(sample());
        assertEquals(3, inventory.quotations());
        assertEquals(1, inventory.unattributed());
        assertEquals(1, inventory.namedQuotations());
        assertEquals(1, inventory.anonymousQuotations());
        assertEquals(0.5, inventory.anonymousShare());
        assertEquals(List.of(0, 1, 1), inventory.sources().stream().map(SourceInventory.Entry::quotations).toList());
        assertEquals(List.of("s2"), inventory.sources().get(0).relays());
        assertEquals(List.of("s1"), inventory.sources().get(1).relayedBy());
        List<String> lines = inventory.lines();
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).contains("ANONYMOUS/OFFICIAL") && lines.get(1).contains("×2"), lines.get(1));
        assertEquals("3 quotations: 1 named, 1 anonymous (50 %), 1 unattributed", lines.get(3));
    }

    @Test
    void anAnalysisWithoutQuotationLayersHasAnEmptyInventory() {
        String text = "Nichts.";
        Article article = new Article(ContentHash.of(text), "mem", "text", null, null, null, null, null, "de", text, List.of());
        SourceInventory inventory = SourceInventory.of(Analysis.of(article, new Provenance("t", "x", List.of())));
        assertEquals(List.of(), inventory.sources());
        assertEquals(0.0, inventory.anonymousShare());
    }

    @Test
    void quotationLayersSurviveJson() throws IOException {
        Analysis original = sample();
        Analysis back = AnalysisJson.read(AnalysisJson.write(original));
        assertEquals(original, back);
    }
}
