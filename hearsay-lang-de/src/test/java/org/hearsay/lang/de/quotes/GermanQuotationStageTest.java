package org.hearsay.lang.de.quotes;

import static org.hearsay.lang.de.quotes.QuoteFixture.analyse;
import static org.hearsay.lang.de.quotes.QuoteFixture.content;
import static org.hearsay.lang.de.quotes.QuoteFixture.quotations;
import static org.hearsay.lang.de.quotes.QuoteFixture.source;
import static org.hearsay.lang.de.quotes.QuoteFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Quotation.Medium;
import org.hearsay.core.model.Quotation.Type;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.Source.Kind;
import org.hearsay.core.model.SourceRelay;
import org.junit.jupiter.api.Test;

/** Quotation types, quote marks, speakers and sources on invented German sentences. */
class GermanQuotationStageTest {

    private static Quotation only(Analysis a) {
        List<Quotation> qs = quotations(a);
        assertEquals(1, qs.size(), qs.stream().map(q -> QuoteFixture.describe(a, q)).toList().toString());
        return qs.get(0);
    }

    @Test
    void directQuoteWithReportingClauseAfterIt() {
        Analysis a = analyse("„Die Brücke wird im Mai fertig“, sagte ein Sprecher der Stadtwerke.");
        Quotation q = only(a);
        assertEquals(Type.DIRECT, q.type());
        assertEquals("Die Brücke wird im Mai fertig", content(a, q));
        assertEquals("sagen", q.cueLemma());
        assertEquals(Medium.SPEECH, q.medium());
        assertEquals("ein Sprecher der Stadtwerke", text(a, q.speaker()));
        Source s = source(a, q);
        assertEquals(Kind.ANONYMOUS, s.kind());
        assertEquals("OFFICIAL", s.anonymousType());
        assertFalse(q.unclosed());
    }

    @Test
    void directQuoteAfterAColon() {
        Analysis a = analyse("Die Bürgermeisterin Karin Vogt erklärte: „Wir bauen die Schule neu.“");
        Quotation q = only(a);
        assertEquals(Type.DIRECT, q.type());
        assertEquals("Wir bauen die Schule neu.", content(a, q));
        assertEquals(Kind.NAMED_PERSON, source(a, q).kind());
        assertEquals("Karin Vogt", source(a, q).name());
    }

    @Test
    void splitDirectQuoteIsOneQuotationInTwoPieces() {
        Analysis a = analyse("„Wir sind zu Gesprächen bereit“, sagte Thomas Keller, „aber nicht um jeden Preis.“");
        Quotation q = only(a);
        assertEquals(Type.DIRECT, q.type());
        assertEquals(2, q.content().size());
        assertEquals("Wir sind zu Gesprächen bereit | aber nicht um jeden Preis.", content(a, q));
        assertEquals("Thomas Keller", source(a, q).name());
    }

    @Test
    void multiSentenceDirectQuote() {
        Analysis a = analyse("„Der Winter war hart. Die Vorräte reichen nicht. Wir brauchen Hilfe“, sagte der Landwirt Peter Huber.");
        Quotation q = only(a);
        assertTrue(content(a, q).startsWith("Der Winter war hart. Die Vorräte"));
        assertTrue(content(a, q).endsWith("Wir brauchen Hilfe"));
        assertEquals(Kind.NAMED_PERSON, source(a, q).kind());
    }

    @Test
    void nestedQuoteStaysInsideTheOuterOne() {
        Analysis a = analyse("„Er nannte den Plan ‚völlig absurd‘ und ging“, sagte die Abgeordnete Maria Lange.");
        Quotation q = only(a);
        assertEquals("Er nannte den Plan ‚völlig absurd‘ und ging", content(a, q));
        assertEquals("Maria Lange", source(a, q).name());
    }

    @Test
    void unclosedQuoteEndsAtItsParagraphAndIsMarked() {
        Analysis a = analyse("Der Trainer sagte: „Wir spielen auf Sieg, egal was kommt.\nDas Spiel beginnt um acht Uhr.");
        Quotation q = only(a);
        assertTrue(q.unclosed());
        assertEquals("Wir spielen auf Sieg, egal was kommt.", content(a, q));
    }

    @Test
    void everyTypographicConventionOfQuoteMarks() {
        for (String[] marks : new String[][] {{"„", "“"}, {"»", "«"}, {"«", "»"}, {"\"", "\""}, {"“", "”"}, {"›", "‹"}}) {
            Analysis a = analyse(marks[0] + "Das Wasser steigt weiter" + marks[1] + ", sagte eine Sprecherin der Feuerwehr.");
            Quotation q = only(a);
            assertEquals(Type.DIRECT, q.type(), marks[0]);
            assertEquals("Das Wasser steigt weiter", content(a, q), marks[0]);
        }
    }

    @Test
    void indirectSpeechWithDass() {
        Analysis a = analyse("Ein Diplomat aus Brüssel sagte, dass die Verhandlungen bald beginnen.");
        Quotation q = only(a);
        assertEquals(Type.INDIRECT, q.type());
        assertEquals("dass die Verhandlungen bald beginnen", content(a, q));
        assertEquals("DIPLOMAT", source(a, q).anonymousType());
        assertEquals("aus Brüssel", source(a, q).affiliation());
    }

    @Test
    void indirectSpeechInKonjunktivWithoutDass() {
        Analysis a = analyse("Der Minister Hans Maier erklärte, die Reform sei dringend notwendig.");
        Quotation q = only(a);
        assertEquals(Type.INDIRECT, q.type());
        assertEquals("die Reform sei dringend notwendig", content(a, q));
        assertEquals("Hans Maier", source(a, q).name());
    }

    @Test
    void aMainClauseInTheIndicativeAfterACommaIsNoIndirectSpeech() {
        Analysis a = analyse("Der Minister Hans Maier erklärte sich bereit, die Arbeit läuft weiter.");
        assertEquals(List.of(), quotations(a));
    }

    @Test
    void mixedQuotationAfterLaut() {
        Analysis a = analyse("Laut dem Polizeisprecher ist die Lage \"unter Kontrolle\", da genug Kräfte vor Ort sind.");
        Quotation q = only(a);
        assertEquals(Type.MIXED, q.type());
        assertEquals("laut", q.cueLemma());
        assertTrue(content(a, q).startsWith("ist die Lage \"unter Kontrolle\""));
        assertEquals("dem Polizeisprecher", text(a, q.speaker()));
    }

    @Test
    void zufolgeWithoutQuotedWordsIsIndirect() {
        Analysis a = analyse("Dem Wetterdienst zufolge wird es am Wochenende stürmisch.");
        Quotation q = only(a);
        assertEquals(Type.INDIRECT, q.type());
        assertEquals("wird es am Wochenende stürmisch", content(a, q));
    }

    @Test
    void reportedPromiseAndReportedEvaluation() {
        Analysis a = analyse("Die Kandidatin Julia Brandt bezeichnete den Vorschlag als \"mutig\" und versprach, "
                + "die Mieten innerhalb eines Jahres zu senken.");
        List<Quotation> qs = quotations(a);
        assertEquals(2, qs.size());
        assertEquals(Type.REPORTED, qs.get(0).type());
        assertEquals("den Vorschlag als \"mutig\"", content(a, qs.get(0)));
        assertEquals(Type.REPORTED, qs.get(1).type());
        assertEquals("versprechen", qs.get(1).cueLemma());
        assertEquals("die Mieten innerhalb eines Jahres zu senken", content(a, qs.get(1)));
        assertEquals(qs.get(0).source(), qs.get(1).source());
        assertEquals("Julia Brandt", source(a, qs.get(1)).name());
    }

    @Test
    void konjunktivContinuationIsFreeIndirectSpeechOfTheSameSpeaker() {
        Analysis a = analyse("Ein Insider sagte, die Firma stehe vor dem Verkauf. Der Preis liege bei zwei Milliarden Euro. "
                + "Die Börse reagierte gelassen.");
        List<Quotation> qs = quotations(a);
        assertEquals(2, qs.size());
        assertEquals(Type.INDIRECT, qs.get(0).type());
        assertEquals(Type.FREE_INDIRECT, qs.get(1).type());
        assertEquals("Der Preis liege bei zwei Milliarden Euro", content(a, qs.get(1)));
        assertEquals(qs.get(0).source(), qs.get(1).source());
        assertNull(qs.get(1).cue());
    }

    @Test
    void pronounSpeakerIsTheFirstPersonOfTheSentenceBefore() {
        Analysis a = analyse("Olaf Scholz traf am Montag Emmanuel Macron in Paris. Er sagte, die Gespräche seien gut verlaufen.");
        Quotation q = only(a);
        assertEquals("Er", text(a, q.speaker()));
        assertEquals("Olaf Scholz", source(a, q).name());
        assertTrue(source(a, q).mentions().stream().map(a::textOf).toList().contains("Er"));
    }

    @Test
    void definiteSourceNounIsTheLastAnonymousSourceIntroduced() {
        Analysis a = analyse("„Die Lage ist ernst“, sagte ein Offizier aus dem Generalstab. "
                + "Der Gesprächspartner betonte, dass Nachschub fehle.");
        List<Quotation> qs = quotations(a);
        assertEquals(2, qs.size());
        assertEquals(qs.get(0).source(), qs.get(1).source());
        assertEquals("MILITARY", source(a, qs.get(0)).anonymousType());
    }

    @Test
    void relayedSourcesWithCountsAndTypes() {
        Analysis a = analyse("Die Zeitung Morgenpost beruft sich auf vier Quellen: drei aus dem Verteidigungsministerium "
                + "und eine aus der Armee.");
        List<Source> sources = a.get(Layers.SOURCES);
        Source outlet = sources.stream().filter(s -> s.kind() == Kind.OUTLET).findFirst().orElseThrow();
        assertEquals("Morgenpost", outlet.name());
        List<SourceRelay> relays = a.get(Layers.SOURCE_RELAYS);
        assertEquals(2, relays.size());
        Source first = sources.stream().filter(s -> s.id().equals(relays.get(0).source())).findFirst().orElseThrow();
        Source second = sources.stream().filter(s -> s.id().equals(relays.get(1).source())).findFirst().orElseThrow();
        assertEquals(3, first.count());
        assertTrue(first.plural());
        assertEquals("OFFICIAL", first.anonymousType());
        assertEquals(1, second.count());
        assertEquals("MILITARY", second.anonymousType());
        assertTrue(relays.stream().allMatch(r -> r.relay().equals(outlet.id())));
        assertEquals(List.of(), quotations(a), "naming one's sources is no quotation");
    }

    @Test
    void theArticlesOwnStatementIsNoQuotation() {
        Analysis a = analyse("Die Regierung wird vorschlagen, die Steuern zu senken. Die Opposition gratulierte der Ministerin.");
        assertEquals(List.of(), quotations(a));
    }

    @Test
    void shortQuotedWordsAloneAreNoQuotation() {
        Analysis a = analyse("Das neue Stadion gilt als \"Schmuckstück\" der Region.");
        assertEquals(List.of(), quotations(a));
    }

    @Test
    void attributionByNachAngaben() {
        Analysis a = analyse("Die Straße bleibt nach Angaben der Polizei bis Freitag gesperrt.");
        Quotation q = only(a);
        assertEquals(Type.INDIRECT, q.type());
        assertEquals("der Polizei", text(a, q.speaker()));
        assertEquals("Die Straße bleibt | bis Freitag gesperrt", content(a, q));
    }

    @Test
    void nachEigenenAngabenPointsToTheSubject() {
        Analysis a = analyse("Die Feuerwehr hat nach eigenen Angaben die Hälfte der Halle durchsucht.");
        Quotation q = only(a);
        assertEquals("Die Feuerwehr", text(a, q.speaker()));
    }

    @Test
    void wieClauseBeforeTheStatement() {
        Analysis a = analyse("Wie die Feuerwehr mitteilte, ist das Feuer inzwischen gelöscht.");
        Quotation q = only(a);
        assertEquals(Type.INDIRECT, q.type());
        assertEquals("ist das Feuer inzwischen gelöscht", content(a, q));
        assertEquals("die Feuerwehr", text(a, q.speaker()));
    }

    @Test
    void trailingReportingClauseWithApposition() {
        Analysis a = analyse("Die Brücke bleibt bis Montag gesperrt, sagte Jonas Weber, Sprecher der Stadt.");
        Quotation q = only(a);
        assertEquals(Type.INDIRECT, q.type());
        assertEquals("Die Brücke bleibt bis Montag gesperrt", content(a, q));
        assertEquals("Jonas Weber", source(a, q).name());
    }

    @Test
    void reportedMatterAfterSprechenVon() {
        Analysis a = analyse("Die Parteichefin Eva Roth sprach von einem großen Erfolg für die ganze Stadt.");
        Quotation q = only(a);
        assertEquals(Type.REPORTED, q.type());
        assertEquals("von einem großen Erfolg für die ganze Stadt", content(a, q));
    }

    @Test
    void descriptionWithNameSetOffByCommasIsTheNamedPerson() {
        Analysis a = analyse("Der Sprecher der Polizei, Lars Beringer, sagte, der Täter sei geflohen.");
        Quotation q = only(a);
        assertEquals("Der Sprecher der Polizei, Lars Beringer", text(a, q.speaker()));
        assertEquals(Kind.NAMED_PERSON, source(a, q).kind());
        assertEquals("Lars Beringer", source(a, q).name());
    }

    @Test
    void subjectAfterTheVerbWhenSomethingElseComesFirst() {
        Analysis a = analyse("Über den neuen Plan sagte Karl Brenner gegenüber der Presse: „Das wird teuer.“");
        Quotation q = only(a);
        assertEquals(Type.DIRECT, q.type());
        assertEquals("Karl Brenner", source(a, q).name());
    }

    @Test
    void addresseeOfADirectQuote() {
        Analysis a = analyse("„Wir bleiben“, sagte die Vorsitzende Petra Lang gegenüber der Lokalzeitung.");
        Quotation q = only(a);
        assertEquals("der Lokalzeitung", text(a, q.addressee()));
    }

    @Test
    void firstPersonAttributionInsideAnUnframedQuoteIsNoQuotation() {
        Analysis a = analyse("Das Plakat trug die Aufschrift „Meiner Meinung nach ist die Stadt zu laut“ in roten Buchstaben.");
        assertEquals(List.of(), quotations(a));
    }

    @Test
    void fragmentsAndStrayMarksNeverBreakTheStage() {
        for (String text : List.of("", "„", "„“„““", "\"\"\"", "sagte, dass", ", sagte er.", "Laut", "nach Angaben",
                "„Das ist gut“, sagte", "Er sagte: „", "„A“, sagte X, „", "zwei aus\n„\n“", "beruft sich auf drei Quellen:")) {
            Analysis a = analyse(text);
            for (Quotation q : quotations(a)) {
                assertTrue(q.extent().end() <= text.length(), text);
            }
        }
    }

    @Test
    void anOutletNamedInQuoteMarksIsTheSpeaker() {
        Analysis a = analyse("Die Zeitung „Nordische Rundschau“ hatte gestern berichtet, 300 Stellen sollen wegfallen.");
        Quotation q = only(a);
        assertEquals("300 Stellen sollen wegfallen", content(a, q));
        assertEquals(Kind.OUTLET, source(a, q).kind());
        assertEquals("Nordische Rundschau", source(a, q).name());
    }

    @Test
    void passiveAndImpersonalReportsHaveNoSpeaker() {
        Analysis a = analyse("Am Abend wurde bekannt, dass die Brücke gesperrt bleibt.");
        Quotation q = only(a);
        assertEquals("bekannt werden", q.cueLemma());
        assertEquals("dass die Brücke gesperrt bleibt", content(a, q));
        assertNull(q.speaker());
        assertNull(q.source());
    }

    @Test
    void heißtEsTakesItsSourceFromTheClause() {
        Analysis a = analyse("Aus Sicherheitskreisen hieß es, der Verdächtige sei bereits im Ausland.");
        Quotation q = only(a);
        assertEquals("heißen", q.cueLemma());
        Source s = source(a, q);
        assertEquals(Kind.ANONYMOUS, s.kind());
        assertEquals("OFFICIAL", s.anonymousType());
    }

    @Test
    void aNameBeforeAColonIntroducesAQuoteWithoutVerb() {
        Analysis a = analyse("Verbandschef Rainer Kolb: „Wir sind mit dem Ergebnis zufrieden.“");
        Quotation q = only(a);
        assertEquals(Type.DIRECT, q.type());
        assertNull(q.cue());
        assertEquals("Rainer Kolb", source(a, q).name());
    }

    @Test
    void aWholeSentenceQuoteBelongsToThePersonOfTheSentenceBefore() {
        Analysis a = analyse("Der Abgeordnete Tom Berg verurteilte den Beschluss. „Das ist ein schwerer Fehler.“");
        Quotation q = only(a);
        assertEquals(Type.DIRECT, q.type());
        assertNull(q.cue());
        assertEquals("Tom Berg", source(a, q).name());
    }

    @Test
    void aPartyInBracketsAfterTheNameKeepsTheSpeaker() {
        Analysis a = analyse("Die Sprecherin der Fraktion, Anna Pohl (SPD), erklärte: „Wir stimmen dem Antrag nicht zu.“");
        Quotation q = only(a);
        assertEquals("Anna Pohl", source(a, q).name());
    }

    @Test
    void aQuestionInQuotesKeepsTheFrameAfterIt() {
        Analysis a = analyse("„Wer soll das bezahlen?“ fragte die Bürgermeisterin Ute Lenz.");
        Quotation q = only(a);
        assertEquals("Wer soll das bezahlen?", content(a, q));
        assertEquals("Ute Lenz", source(a, q).name());
    }

    @Test
    void konjunktivOneContinuesAQuotationOfThePreviousParagraph() {
        Analysis a = analyse("Die Ärztin Eva Roth sagte, die Lage in der Klinik sei angespannt.\nEs fehle vor allem an Pflegekräften.");
        List<Quotation> qs = quotations(a);
        assertEquals(2, qs.size());
        assertEquals(Type.FREE_INDIRECT, qs.get(1).type());
        assertEquals(qs.get(0).source(), qs.get(1).source());
    }

    @Test
    void aReportingClauseWinsOverTheAttributionInsideItsStatement() {
        Analysis a = analyse("Ein Sprecher der Feuerwehr, Jan Ohl, sagte am Abend, nach ersten Erkenntnissen sei niemand verletzt worden.");
        Quotation q = only(a);
        assertEquals("sagen", q.cueLemma());
        assertEquals("nach ersten Erkenntnissen sei niemand verletzt worden", content(a, q));
    }
}
