package org.hearsay.lang.en.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Quotation.Type;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.Source.Kind;
import org.hearsay.core.pipeline.Pipeline;
import org.hearsay.lang.en.entities.EnglishEntityStage;
import org.hearsay.lang.en.tokens.EnglishTokenStage;
import org.junit.jupiter.api.Test;

/** English quotations and speakers on invented sentences. */
class EnglishQuotationStageTest {
    private static final class Shared {
        static final Pipeline PIPELINE = new Pipeline(List.of(new EnglishTokenStage(), new EnglishEntityStage(),
                new EnglishQuotationStage()));
    }

    private static Analysis analyse(String text) {
        return Shared.PIPELINE.analyze(new Article(ContentHash.of(text), "test", "text", null, null, null, null, null, "en", text,
                List.of()));
    }

    private static String describe(Analysis a, Quotation q) {
        return q.type() + " " + q.cueLemma() + " [" + String.join(" | ", q.content().stream().map(a::textOf).toList())
                + "] speaker=" + (q.speaker() == null ? null : a.textOf(q.speaker())) + " source=" + q.source();
    }

    private static Quotation only(Analysis a) {
        List<Quotation> qs = a.get(Layers.QUOTATIONS);
        assertEquals(1, qs.size(), qs.stream().map(q -> describe(a, q)).toList().toString());
        return qs.get(0);
    }

    private static String content(Analysis a, Quotation q) {
        return String.join(" | ", q.content().stream().map(a::textOf).toList());
    }

    private static Source source(Analysis a, Quotation q) {
        return a.get(Layers.SOURCES).stream().filter(s -> s.id().equals(q.source())).findFirst()
                .orElseThrow(() -> new AssertionError(describe(a, q)));
    }

    @Test
    void directQuoteWithSpeakerAfterIt() {
        Analysis a = analyse("“We cannot afford the bridge,” Mayor Linda Carter told reporters.");
        Quotation q = only(a);
        assertEquals(Type.DIRECT, q.type());
        assertEquals("We cannot afford the bridge", content(a, q));
        assertEquals("tell", q.cueLemma());
        assertEquals("reporters", a.textOf(q.addressee()));
        assertEquals("Linda Carter", source(a, q).name());
    }

    @Test
    void splitDirectQuoteAndInvertedFrame() {
        Analysis a = analyse("“The talks went well,” said a person familiar with the negotiations, “but nothing is agreed.”");
        Quotation q = only(a);
        assertEquals(2, q.content().size());
        assertEquals("The talks went well | but nothing is agreed.", content(a, q));
        Source s = source(a, q);
        assertEquals(Kind.ANONYMOUS, s.kind());
        assertEquals("INSIDER", s.anonymousType());
        assertEquals("familiar with the negotiations", s.affiliation());
    }

    @Test
    void directQuoteAfterAColon() {
        Analysis a = analyse("The minister said: \"Prices will fall next year.\"");
        Quotation q = only(a);
        assertEquals(Type.DIRECT, q.type());
        assertEquals("Prices will fall next year.", content(a, q));
    }

    @Test
    void indirectSpeechWithAndWithoutThat() {
        Analysis a = analyse("Police said that the road would reopen on Monday. A Kremlin official said the talks had stalled.");
        List<Quotation> qs = a.get(Layers.QUOTATIONS);
        assertEquals(2, qs.size(), qs.stream().map(q -> describe(a, q)).toList().toString());
        assertEquals("that the road would reopen on Monday", content(a, qs.get(0)));
        assertEquals("the talks had stalled", content(a, qs.get(1)));
        assertEquals("OFFICIAL", source(a, qs.get(1)).anonymousType());
    }

    @Test
    void trailingReportingClause() {
        Analysis a = analyse("The bridge will stay closed until Friday, the spokeswoman said.");
        Quotation q = only(a);
        assertEquals(Type.INDIRECT, q.type());
        assertEquals("The bridge will stay closed until Friday", content(a, q));
    }

    @Test
    void accordingToWithQuotedWordsIsMixed() {
        Analysis a = analyse("According to Reuters, the deal is \"all but done\" after weeks of talks.");
        Quotation q = only(a);
        assertEquals(Type.MIXED, q.type());
        assertEquals(Kind.OUTLET, source(a, q).kind());
    }

    @Test
    void promiseIsReportedSpeech() {
        Analysis a = analyse("Senator Maria Lopez promised to end the strike within a week.");
        Quotation q = only(a);
        assertEquals(Type.REPORTED, q.type());
        assertEquals("to end the strike within a week", content(a, q));
    }

    @Test
    void pronounSpeakerIsThePersonOfTheSentenceBefore() {
        Analysis a = analyse("Olaf Scholz met Emmanuel Macron in Paris on Monday. He said the meeting was productive.");
        Quotation q = only(a);
        assertEquals("Olaf Scholz", source(a, q).name());
        assertTrue(source(a, q).mentions().stream().map(a::textOf).toList().contains("He"));
    }

    @Test
    void anArticlesOwnStatementIsNoQuotation() {
        Analysis a = analyse("The government will propose new taxes next week. The weather was mild.");
        assertEquals(List.of(), a.get(Layers.QUOTATIONS));
    }

    @Test
    void aTimePhraseMayStandBetweenTheReportingVerbAndWhatItReports() {
        Analysis pledge = analyse("Harbour Minister Edda Lomm pledged on 4 June to reopen the ferry line for cars and bikes by "
                + "August and the board agreed.");
        Quotation promise = only(pledge);
        assertEquals(Type.REPORTED, promise.type());
        assertEquals("to reopen the ferry line for cars and bikes by August", content(pledge, promise));
        assertEquals("Edda Lomm", source(pledge, promise).name());

        Analysis said = analyse("Governor Piet Haralds said on Tuesday his cabinet would cut the fuel tax.");
        Quotation indirect = only(said);
        assertEquals(Type.INDIRECT, indirect.type());
        assertEquals("his cabinet would cut the fuel tax", content(said, indirect));

        Analysis after = analyse("The bridge tolls will stay in place until spring, Finance Minister Oskar Venn said late on Friday.");
        Quotation postposed = only(after);
        assertEquals("The bridge tolls will stay in place until spring", content(after, postposed));
        assertEquals("Oskar Venn", source(after, postposed).name());
    }

    @Test
    void aDatelineDashOpensTheClauseOfTheSpeaker() {
        Analysis a = analyse("BRELLA (Coast Wire) – Harbour Minister Edda Lomm said the ferries would run again.");
        Quotation q = only(a);
        assertEquals("the ferries would run again", content(a, q));
        assertEquals("Edda Lomm", source(a, q).name());
    }

    @Test
    void aSurnameAloneStandsForThePersonNamedBefore() {
        Analysis a = analyse("Harbour Minister Edda Lomm visited the docks on Monday. "
                + "Lomm told reporters the ferries would run again by May.");
        Quotation q = only(a);
        assertEquals("the ferries would run again by May", content(a, q));
        assertEquals("reporters", a.textOf(q.addressee()));
        Source s = source(a, q);
        assertEquals(Kind.NAMED_PERSON, s.kind());
        assertEquals("Edda Lomm", s.name());
    }

    @Test
    void beliefsAndWishesAreAttributedLikeStatements() {
        Analysis a = analyse("Most dairy farmers believe the new tariff will hurt their exports.");
        Quotation q = only(a);
        assertEquals("believe", q.cueLemma());
        assertEquals("the new tariff will hurt their exports", content(a, q));
        assertEquals("Most dairy farmers", a.textOf(q.speaker()));
    }

    @Test
    void aParticipleAfterACommaReportsForTheSubjectOfTheClause() {
        Analysis a = analyse("Mayor Ilse Brandt rejected the harbour plan on Monday, saying it would cost far too much.");
        Quotation saying = a.get(Layers.QUOTATIONS).stream().filter(q -> q.cueLemma().equals("say")).findFirst()
                .orElseThrow(() -> new AssertionError(a.get(Layers.QUOTATIONS).stream().map(q -> describe(a, q)).toList()));
        assertEquals("it would cost far too much", content(a, saying));
        assertEquals("Ilse Brandt", source(a, saying).name());
    }

    @Test
    void aCoordinatedReportingVerbSharesTheSubject() {
        Analysis a = analyse("Senator Tomas Ruiz praised the harbour workers and said the strike would end in June.");
        Quotation said = a.get(Layers.QUOTATIONS).stream().filter(q -> q.cueLemma().equals("say")).findFirst()
                .orElseThrow(() -> new AssertionError(a.get(Layers.QUOTATIONS).stream().map(q -> describe(a, q)).toList()));
        assertEquals("the strike would end in June", content(a, said));
        assertEquals("Tomas Ruiz", source(a, said).name());
    }

    @Test
    void aRelativePronounSpeaksForTheNameBeforeIt() {
        Analysis a = analyse("Councillor Ada Frey, who said the budget was too small, left the meeting early.");
        Quotation q = only(a);
        assertEquals("who", a.textOf(q.speaker()));
        assertEquals("the budget was too small", content(a, q));
        assertEquals("Ada Frey", source(a, q).name());
    }

    @Test
    void aReportInsideAReportIsPartOfTheOuterOne() {
        Analysis a = analyse("Police said the mayor believes the new bridge is safe.");
        Quotation q = only(a);
        assertEquals("say", q.cueLemma());
        assertEquals("the mayor believes the new bridge is safe", content(a, q));
    }

    @Test
    void twoShareholdersOfASurveyReportSeparately() {
        Analysis a = analyse("Sixty percent of the voters say the economy is weak, while 30 percent think it is strong.");
        List<Quotation> qs = a.get(Layers.QUOTATIONS);
        assertEquals(2, qs.size(), qs.stream().map(q -> describe(a, q)).toList().toString());
        assertEquals("the economy is weak", content(a, qs.get(0)));
        assertEquals("Sixty percent of the voters", a.textOf(qs.get(0).speaker()));
        assertEquals("it is strong", content(a, qs.get(1)));
        assertEquals("30 percent", a.textOf(qs.get(1).speaker()));
    }

    @Test
    void theAuthorsOwnViewHasASpeakerButNoSource() {
        Analysis a = analyse("I think the council made a serious mistake.");
        Quotation q = only(a);
        assertEquals("I", a.textOf(q.speaker()));
        assertEquals(null, q.source());
    }

    @Test
    void aTrailingFrameMayNameWhoWasTold() {
        Analysis a = analyse("The ferry will run again in May, the harbour master told reporters.");
        Quotation q = only(a);
        assertEquals("The ferry will run again in May", content(a, q));
        assertEquals("the harbour master", a.textOf(q.speaker()));
    }

    @Test
    void verbsOfSayingUsedForOtherThingsReportNothing() {
        Analysis a = analyse("The lead of the governor continues to grow, and the senator added to her own tally.");
        assertEquals(List.of(), a.get(Layers.QUOTATIONS));
    }

    @Test
    void anImpressionOrExpectationOfNoOneNamedHasNoSpeaker() {
        Analysis seems = analyse("The new ferry appears to be safer than the old one.");
        Quotation impression = only(seems);
        assertEquals("The new ferry | to be safer than the old one", content(seems, impression));
        assertEquals(null, impression.speaker());
        assertEquals(null, impression.source());

        Analysis expected = analyse("The harbour council is widely expected to approve the lease, but the vote may slip.");
        Quotation expectation = only(expected);
        assertEquals("The harbour council | to approve the lease", content(expected, expectation));
        assertEquals(null, expectation.speaker());
    }
}
