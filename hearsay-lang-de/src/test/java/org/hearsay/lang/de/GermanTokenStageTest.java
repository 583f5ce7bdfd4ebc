package org.hearsay.lang.de;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Section;
import org.hearsay.core.model.SectionKind;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;
import org.junit.jupiter.api.Test;

class GermanTokenStageTest {

    @Test
    void headlineAndDatelineAreSentencesOfTheirOwn() {
        String text = "Stadtrat vertagt Entscheidung über neue Brücke\n"
                + "03.02.2025 14:30\n"
                + "Der Stadtrat hat die Abstimmung vertagt. Ein neuer Termin steht noch nicht fest.";
        Analysis a = GermanText.analyse(text);
        assertEquals(List.of("Stadtrat vertagt Entscheidung über neue Brücke", "03.02.2025 14:30",
                "Der Stadtrat hat die Abstimmung vertagt.", "Ein neuer Termin steht noch nicht fest."),
                GermanText.sentenceTexts(a));
    }

    @Test
    void sentencesDoNotCrossSections() {
        String text = "Kurzmeldung Der Bürgermeister trat zurück.";
        List<Section> sections = List.of(new Section(SectionKind.HEADING, new Span(0, 11)),
                new Section(SectionKind.PARAGRAPH, new Span(12, text.length())));
        Analysis a = GermanText.analyse(text, sections);
        assertEquals(List.of("Kurzmeldung", "Der Bürgermeister trat zurück."), GermanText.sentenceTexts(a));
    }

    @Test
    void tokensPointAtTheirSurfaceAndSentencesAtTheirTokens() {
        String text = "„Wir warten ab“, sagte die Sprecherin 😀 am Montag – und ging.\nZweite Zeile ohne Punkt";
        Analysis a = GermanText.analyse(text);
        List<Token> tokens = a.get(Layers.TOKENS);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            assertEquals(i, t.index());
            boolean contractionPart = i > 0 && tokens.get(i - 1).span().equals(t.span())
                    || i + 1 < tokens.size() && tokens.get(i + 1).span().equals(t.span());
            if (!contractionPart) {
                assertEquals(t.span().of(text), t.form(), "surface of " + t);
            }
        }
        assertEquals(List.of("an", "dem"), tokens.stream().filter(t -> t.span().of(text).equals("am")).map(Token::form).toList());
        for (Sentence s : a.get(Layers.SENTENCES)) {
            for (Token t : a.tokensOf(s)) {
                assertEquals(s.index(), t.sentence());
                assertTrue(s.span().contains(t.span()));
            }
        }
        assertEquals(tokens.size(), a.get(Layers.SENTENCES).getLast().endToken());
    }

    @Test
    void contractionsAreSplitIntoTwoWordsOverOneSurface() {
        Analysis a = GermanText.analyse("Sie ging zum Rathaus.");
        Token zu = GermanText.token(a, "zu");
        Token dem = GermanText.token(a, "dem");
        assertEquals(zu.span(), dem.span());
        assertEquals("zum", a.textOf(zu.span()));
        assertEquals("APPR", zu.pos());
        assertEquals("ART", dem.pos());
        assertEquals("Dat", dem.feature("Case"));
    }

    @Test
    void abbreviationsKeepTheirStopAndDoNotEndTheSentence() {
        Analysis a = GermanText.analyse("Der Konzern verlor 3,5 Mio. Euro, vgl. den Bericht aus dem 19. Jh. und Abs. 2 der Satzung.");
        assertEquals(1, a.get(Layers.SENTENCES).size(), GermanText.sentenceTexts(a).toString());
        List<String> forms = GermanText.forms(a);
        assertTrue(forms.containsAll(List.of("Mio.", "vgl.", "19.", "Jh.", "Abs.")), forms.toString());
    }

    @Test
    void ordinalsBeforeNounsDoNotEndTheSentence() {
        Analysis a = GermanText.analyse("Er diente im 3. Bataillon und kehrte am 1. Mai zurück. Das war 2019.");
        assertEquals(List.of("Er diente im 3. Bataillon und kehrte am 1. Mai zurück.", "Das war 2019."),
                GermanText.sentenceTexts(a));
        assertEquals("ADJA", GermanText.token(a, "3.").pos());
    }

    @Test
    void aClosingQuoteAfterTheStopStaysWithItsSentence() {
        Analysis a = GermanText.analyse("„Wir bleiben hier.“ Danach ging er. Sie sagte: „Das reicht.“");
        assertEquals(List.of("„Wir bleiben hier.“", "Danach ging er.", "Sie sagte: „Das reicht.“"),
                GermanText.sentenceTexts(a));
    }

    @Test
    void hyphenatedCompoundsStayOneWord() {
        Analysis a = GermanText.analyse("Der US-Präsident traf die CDU-Fraktion.");
        assertTrue(GermanText.forms(a).containsAll(List.of("US-Präsident", "CDU-Fraktion")));
        assertEquals("US-Präsident", GermanText.token(a, "US-Präsident").lemma());
    }

    @Test
    void typographicQuotesArePunctuationAndStayWithTheirSentence() {
        Analysis a = GermanText.analyse("Er sagte: »Wir kommen morgen.« Danach ging er.");
        assertEquals(List.of("Er sagte: »Wir kommen morgen.«", "Danach ging er."), GermanText.sentenceTexts(a));
        Analysis b = GermanText.analyse("„Das ist falsch“, sagte sie.");
        assertEquals("$(", GermanText.token(b, "„").pos());
        assertEquals("$(", GermanText.token(b, "“").pos());
        assertEquals("$,", GermanText.token(b, ",").pos());
        assertEquals("$.", GermanText.token(b, ".").pos());
    }

    @Test
    void emptyAndBlankTextGiveEmptyLayers() {
        for (String text : new String[] {"", " \n\t\n", "\u00a0"}) {
            Analysis a = GermanText.analyse(text);
            assertTrue(a.has(Layers.TOKENS));
            assertTrue(a.get(Layers.TOKENS).isEmpty());
            assertTrue(a.get(Layers.SENTENCES).isEmpty());
            assertTrue(a.get(Layers.DEPENDENCIES).isEmpty());
        }
    }

    @Test
    void oddInputIsTokenisedWithoutFailing() {
        String text = "!!! ??? … ——— §§ 1234567890123456789 https://example.org/a?b=c x@y.de ########\n"
                + "a".repeat(5000);
        Analysis a = GermanText.analyse(text);
        assertFalse(a.get(Layers.TOKENS).isEmpty());
        for (Token t : a.get(Layers.TOKENS)) {
            assertTrue(t.pos() != null && !t.pos().isEmpty(), t.toString());
        }
    }
}
