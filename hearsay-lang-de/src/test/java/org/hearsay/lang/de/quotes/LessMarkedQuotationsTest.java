package org.hearsay.lang.de.quotes;

import static org.hearsay.lang.de.quotes.QuoteFixture.analyse;
import static org.hearsay.lang.de.quotes.QuoteFixture.content;
import static org.hearsay.lang.de.quotes.QuoteFixture.quotations;
import static org.hearsay.lang.de.quotes.QuoteFixture.source;
import static org.hearsay.lang.de.quotes.QuoteFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Quotation.Type;
import org.junit.jupiter.api.Test;

/**
 * Quotations with little to mark them: quotes without a frame, "demnach", "wonach", "nach
 * Xs Meinung", "so X" inside a sentence, speakers with a description set off by commas,
 * "angeben", passive accusations with an infinitive, "Das erklärte gestern X" and infinitives
 * the tagger reads as finite. Invented sentences.
 */
class LessMarkedQuotationsTest {

    private static Quotation withContent(Analysis a, String words) {
        List<Quotation> qs = quotations(a);
        return qs.stream().filter(q -> content(a, q).equals(words)).findFirst().orElseThrow(() -> new AssertionError(
                "no quotation [" + words + "] among " + qs.stream().map(q -> QuoteFixture.describe(a, q)).toList()));
    }

    @Test
    void longQuoteWithoutFrameIsTheLastQuotedSpeakers() {
        Analysis a = analyse("Die Bürgermeisterin Karin Vogt sagte, die Schule werde neu gebaut. Der Rat stimmte zu.\n"
                + "„Wir haben lange auf diesen Tag gewartet und freuen uns sehr.“ Die Arbeiten beginnen im Mai.");
        Quotation q = withContent(a, "Wir haben lange auf diesen Tag gewartet und freuen uns sehr.");
        assertEquals(Type.DIRECT, q.type());
        assertNull(q.cue());
        assertEquals("Karin Vogt", source(a, q).name());
    }

    @Test
    void shortQuoteWithoutFrameIsATermNotAQuotation() {
        Analysis a = analyse("Das Museum zeigt die Ausstellung „Wasser und Licht“ bis zum Herbst.");
        assertTrue(quotations(a).isEmpty(), quotations(a).toString());
    }

    @Test
    void demnachHandsTheSentenceToTheReportBefore() {
        Analysis a = analyse("Das Gericht hat am Montag sein Urteil verkündet. Demnach muss die Firma den Kunden 300 Euro zahlen.");
        Quotation q = withContent(a, "muss die Firma den Kunden 300 Euro zahlen");
        assertEquals(Type.INDIRECT, q.type());
        assertEquals("demnach", q.cueLemma());
        assertNull(q.speaker());
    }

    @Test
    void wonachClauseIsWhatTheNounBeforeItSays() {
        Analysis a = analyse("In der Stadt kursieren Gerüchte, wonach der Trainer entlassen werde.");
        Quotation q = withContent(a, "der Trainer entlassen werde");
        assertEquals("Gerüchte", text(a, q.speaker()));
        assertEquals("wonach", q.cueLemma());
    }

    @Test
    void nameBeforeANounOfInformationIsTheSpeaker() {
        Analysis a = analyse("Nach Bergers Meinung ist der Plan viel zu teuer.");
        Quotation q = withContent(a, "ist der Plan viel zu teuer");
        assertEquals("Bergers", text(a, q.speaker()));
    }

    @Test
    void speakerWithADescriptionSetOffByCommas() {
        Analysis a = analyse("Anna Berger, die Leiterin des Amtes, sagte, dass die Brücke gesperrt bleibe.");
        Quotation q = withContent(a, "dass die Brücke gesperrt bleibe");
        assertEquals("Anna Berger, die Leiterin des Amtes", text(a, q.speaker()));
    }

    @Test
    void angebenWithAnInfinitiveReportsAClaim() {
        Analysis a = analyse("Der Fahrer gab an, keine Fehler gemacht zu haben.");
        Quotation q = withContent(a, "keine Fehler gemacht zu haben");
        assertEquals("angeben", q.cueLemma());
        assertEquals("Der Fahrer", text(a, q.speaker()));
    }

    @Test
    void infinitiveTakenForAFiniteVerbStillEndsTheClause() {
        Analysis a = analyse("Der Stadtrat kündigte an, die Ursachen prüfen zu lassen.");
        Quotation q = withContent(a, "die Ursachen prüfen zu lassen");
        assertEquals(Type.REPORTED, q.type());
        assertEquals("Der Stadtrat", text(a, q.speaker()));
    }

    @Test
    void konjunktivFarFromAnyQuotationIsTheLastQuotedSources() {
        Analysis a = analyse("Der Minister Paul Kern sagte, die Straße werde bald fertig.\n"
                + "Am Mittwoch regnete es stark. Die Feuerwehr rückte zweimal aus. Viele Keller liefen voll. "
                + "Die Schulen blieben geschlossen.\n"
                + "Die Kosten seien nicht zu hoch.");
        Quotation q = withContent(a, "Die Kosten seien nicht zu hoch");
        assertEquals(Type.FREE_INDIRECT, q.type());
        assertEquals("Paul Kern", source(a, q).name());
    }
    @Test
    void soWithItsSpeakerInsideTheSentenceFramesBothParts() {
        Analysis a = analyse("Die Stadt, so der Bürgermeister weiter, werde die Brücke im Mai öffnen.");
        Quotation q = withContent(a, "Die Stadt | werde die Brücke im Mai öffnen");
        assertEquals("der Bürgermeister", text(a, q.speaker()));
    }

    @Test
    void passiveAccusationWithAnInfinitive() {
        Analysis a = analyse("Dem Händler wird vorgeworfen, gefälschte Uhren verkauft zu haben.");
        Quotation q = withContent(a, "gefälschte Uhren verkauft zu haben");
        assertNull(q.speaker());
    }

    @Test
    void demonstrativeObjectWithAnAdverbBeforeTheSpeaker() {
        Analysis a = analyse("Die Brücke bleibt bis Mai gesperrt. Das erklärte gestern ein Sprecher des Verkehrsministeriums.");
        Quotation q = withContent(a, "Die Brücke bleibt bis Mai gesperrt");
        assertEquals("ein Sprecher des Verkehrsministeriums", text(a, q.speaker()));
    }
}
