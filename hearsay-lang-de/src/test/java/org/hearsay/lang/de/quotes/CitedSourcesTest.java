package org.hearsay.lang.de.quotes;

import static org.hearsay.lang.de.quotes.QuoteFixture.analyse;
import static org.hearsay.lang.de.quotes.QuoteFixture.content;
import static org.hearsay.lang.de.quotes.QuoteFixture.quotations;
import static org.hearsay.lang.de.quotes.QuoteFixture.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.Source.Kind;
import org.junit.jupiter.api.Test;

/** "…, berichtet das Portal X unter Berufung auf …": the cited sources speak, relayed by X. */
class CitedSourcesTest {

    @Test
    void aPostposedReportThatCitesItsSourcesIsTheirsRelayedByTheReporter() {
        Analysis a = analyse("Die Stadtwerke Lormbach wollen ihre Tarife bis Mai senken, berichtet das unabhängige "
                + "Portal Netzblick unter Berufung auf drei mit den Gesprächen vertraute Personen. Die Stadt schweigt.");
        List<Quotation> found = quotations(a);
        assertEquals(1, found.size(), found.toString());
        Quotation q = found.get(0);
        assertEquals("Die Stadtwerke Lormbach wollen ihre Tarife bis Mai senken", content(a, q));
        Source cited = source(a, q);
        assertEquals(Kind.ANONYMOUS, cited.kind());
        assertEquals(3, cited.count());
        Source relay = a.get(Layers.SOURCES).stream().filter(s -> s.id().equals(q.relayedBy().get(0))).findFirst().orElseThrow();
        assertEquals(Kind.OUTLET, relay.kind());
        assertEquals("Netzblick", relay.name());
    }

    @Test
    void aReportWithoutCitationStaysTheReporters() {
        Analysis a = analyse("Die Stadtwerke Lormbach wollen ihre Tarife bis Mai senken, berichtet das Portal Netzblick.");
        Quotation q = quotations(a).get(0);
        assertEquals("Netzblick", source(a, q).name());
        assertEquals(List.of(), q.relayedBy());
    }
}
