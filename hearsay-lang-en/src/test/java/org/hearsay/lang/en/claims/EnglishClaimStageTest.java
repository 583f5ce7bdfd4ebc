package org.hearsay.lang.en.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Claim.ConditionKind;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Claim.Orientation;
import org.hearsay.core.model.Claim.Polarity;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.Section;
import org.hearsay.core.model.SectionKind;
import org.hearsay.core.model.Span;
import org.hearsay.core.pipeline.Pipeline;
import org.hearsay.lang.en.EnglishLanguagePack;
import org.junit.jupiter.api.Test;

/** English claims on invented news paragraphs, published on Monday, 3 March 2025. */
class EnglishClaimStageTest {
    private static final LocalDateTime MONDAY = LocalDateTime.of(2025, 3, 3, 10, 0);

    private static final class Holder {
        static final Pipeline PIPELINE = new Pipeline(new EnglishLanguagePack().stages()).only(Set.of(Layers.CLAIMS));
    }

    /** Title, lead and paragraphs, one block each. */
    private static Analysis analyse(String... blocks) {
        StringBuilder text = new StringBuilder();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < blocks.length; i++) {
            if (i > 0) {
                text.append('\n');
            }
            SectionKind kind = i == 0 ? SectionKind.TITLE : i == 1 ? SectionKind.LEAD : SectionKind.PARAGRAPH;
            sections.add(new Section(kind, new Span(text.length(), text.length() + blocks[i].length())));
            text.append(blocks[i]);
        }
        String body = text.toString();
        PublicationTime published = new PublicationTime(MONDAY, null, MONDAY.toString());
        return Holder.PIPELINE.analyze(new Article(ContentHash.of(body), "test", "text", null, null, blocks[0], null,
                published, "en", body, sections));
    }

    private static Claim claim(Analysis a, String phrase) {
        List<Claim> found = a.get(Layers.CLAIMS).stream().filter(c -> a.textOf(c.span()).contains(phrase)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " claims contain '" + phrase + "': " + describe(a));
        }
        return found.get(0);
    }

    private static String describe(Analysis a) {
        StringBuilder out = new StringBuilder();
        for (Claim c : a.get(Layers.CLAIMS)) {
            out.append('\n').append(c.id()).append(' ').append(c.modality()).append(' ').append(c.polarity()).append(' ')
                    .append(c.orientation()).append(" holder=").append(c.holder()).append(" cond=")
                    .append(c.condition() == null ? null : c.condition().kind() + ":" + c.condition().text())
                    .append(" time=").append(c.time() == null ? null : c.time().text() + "→" + c.time().deadline())
                    .append(" restates=").append(c.restates()).append(" [").append(a.textOf(c.span())).append(']');
        }
        return out.toString();
    }

    @Test
    void eachModalityFromItsCue() {
        Analysis a = analyse("Border dispute escalates", "The government in Riverton met on Monday to discuss the border.",
                "The police are instructed to close the border by Friday. The government plans to introduce new checks in April. "
                        + "The minister promised to halve waiting times. The opposition rejects the plan. "
                        + "A spokesman denied that there were secret deals with the neighbours. "
                        + "Prices are likely to rise in the summer. The summit of interior ministers will take place on 12 March. "
                        + "The situation at the border is unacceptable, the churches said. "
                        + "If the number of crossings rises, there are new checks. "
                        + "The number of crossings has doubled since January.");
        Object[][] expected = {
                {"close the border by Friday", Modality.ORDER},
                {"new checks in April", Modality.PLAN},
                {"halve waiting times", Modality.PROMISE},
                {"rejects the plan", Modality.REFUSAL},
                {"secret deals", Modality.DENIAL},
                {"likely to rise", Modality.FORECAST},
                {"take place on 12 March", Modality.SCHEDULED},
                {"unacceptable", Modality.STANCE},
                {"there are new checks", Modality.CONDITION},
                {"has doubled", Modality.STATEMENT}};
        for (Object[] e : expected) {
            assertEquals(e[1], claim(a, (String) e[0]).modality(), e[0] + describe(a));
        }
        Claim denial = claim(a, "secret deals");
        assertEquals(Polarity.NEGATIVE, denial.polarity());
        assertEquals("there were secret deals with the neighbours", denial.proposition());
    }

    @Test
    void trackableClaimsGetAQuestionAndADayToJudgeThem() {
        Analysis a = analyse("Summit set", "The summit of interior ministers will take place on 12 March.",
                "The number of crossings has doubled since January.");
        Claim summit = claim(a, "take place");
        assertTrue(summit.trackable());
        assertEquals("2025-03-12", summit.time().deadline());
        assertEquals("2025-03-13", summit.judgeableFrom());
        assertEquals("Did it take place on 2025-03-12 as scheduled: “The summit of interior ministers will take place on "
                + "12 March”?", summit.question());
        Claim past = claim(a, "has doubled");
        assertFalse(past.trackable());
        assertNull(past.question());
        assertEquals(Orientation.PAST, past.orientation());
    }

    @Test
    void aPromiseMadeInThePastAndAConditionalRefusalAreTrackable() {
        Analysis a = analyse("Kremlin rules out talks until Kursk is retaken",
                "Donald Trump, who takes office on 20 January, promised to end the war within a day.");
        Claim refusal = claim(a, "rules out talks");
        assertEquals(Modality.REFUSAL, refusal.modality());
        assertEquals(ConditionKind.UNTIL, refusal.condition().kind());
        assertTrue(refusal.trackable());
        assertEquals("Did the refusal hold: “Kremlin rules out talks until Kursk is retaken”?", refusal.question());
        Claim promise = claim(a, "end the war");
        assertEquals(Modality.PROMISE, promise.modality());
        assertEquals(Orientation.FUTURE, promise.orientation(), "what was promised lies ahead");
        assertTrue(promise.trackable());
        assertEquals("P1D", promise.time().value());
    }

    @Test
    void anOrderLooksAheadAndSayingTellsNoTense() {
        Analysis a = analyse("Water plant stops", "The county has ordered the plant to stop deliveries until the filters are replaced.",
                "Mayor Tom Reed, who chairs the board, said on Monday he would not approve new fees.");
        Claim order = claim(a, "ordered the plant");
        assertEquals(Modality.ORDER, order.modality());
        assertEquals(Orientation.FUTURE, order.orientation(), "what was ordered lies ahead");
        assertEquals(ConditionKind.UNTIL, order.condition().kind());
        assertTrue(order.trackable());
        Claim fees = claim(a, "approve new fees");
        assertEquals(Orientation.FUTURE, fees.orientation(), "'said' tells when it was said: " + describe(a));
        assertEquals(Polarity.NEGATIVE, fees.polarity());
    }

    @Test
    void negationWordsMakeANegativeClaim() {
        Analysis a = analyse("Fees", "The city will not raise fees.",
                "The council has never approved the budget. There is no money for a new bridge. The city will cut taxes.");
        Claim fees = claim(a, "raise fees");
        assertEquals(Polarity.NEGATIVE, fees.polarity());
        assertEquals(Modality.REFUSAL, fees.modality(), "'will not' is a refusal");
        assertTrue(fees.trackable());
        assertEquals(Polarity.NEGATIVE, claim(a, "never approved").polarity());
        assertEquals(Polarity.NEGATIVE, claim(a, "no money").polarity());
        Claim taxes = claim(a, "cut taxes");
        assertEquals(Polarity.POSITIVE, taxes.polarity());
        assertEquals(Modality.FORECAST, taxes.modality());
    }

    @Test
    void everyConditionForm() {
        Analysis a = analyse("Conditions", "Talks will begin if the troops withdraw.",
                "Aid will flow only if the reform passes. Sanctions will be lifted only after an agreement. "
                        + "The blockade stays as long as the demands are not met. The ferry runs while the weather holds. "
                        + "The strikes continue until the wages are raised. The school stays closed until Friday. "
                        + "The harvest is lost unless it rains soon. The bridge opens once the inspection is complete. "
                        + "The tunnel opens as soon as the repairs are finished.");
        Object[][] expected = {
                {"Talks", ConditionKind.IF, "if the troops withdraw"},
                {"Aid", ConditionKind.ONLY_IF, "only if the reform passes"},
                {"Sanctions", ConditionKind.ONLY_IF, "only after an agreement"},
                {"blockade", ConditionKind.AS_LONG_AS, "as long as the demands are not met"},
                {"ferry", ConditionKind.AS_LONG_AS, "while the weather holds"},
                {"strikes", ConditionKind.UNTIL, "until the wages are raised"},
                {"harvest", ConditionKind.UNLESS, "unless it rains soon"},
                {"bridge", ConditionKind.ONCE, "once the inspection is complete"},
                {"tunnel", ConditionKind.ONCE, "as soon as the repairs are finished"}};
        for (Object[] e : expected) {
            Claim c = claim(a, (String) e[0]);
            assertEquals(e[1], c.condition() == null ? null : c.condition().kind(), e[0] + describe(a));
            assertEquals(e[2], c.condition().text());
        }
        assertNull(claim(a, "school").condition(), "'until' before a date is no condition");
        assertEquals(Polarity.POSITIVE, claim(a, "blockade").polarity(), "the negation belongs to the condition");
    }

    @Test
    void orientationFromTense() {
        Analysis a = analyse("Applications", "Applications have doubled.",
                "Exports fall. Imports will rise. Prices rose in January.");
        assertEquals(Orientation.PAST, claim(a, "doubled").orientation());
        assertEquals(Orientation.PRESENT, claim(a, "fall").orientation());
        assertEquals(Orientation.FUTURE, claim(a, "will rise").orientation());
        assertEquals(Orientation.PAST, claim(a, "rose").orientation());
    }

    @Test
    void anArticleWithoutQuotationsAssertsItself() {
        Analysis a = analyse("A new bridge for Millford", "Construction of the new bridge in Millford begins in June.",
                "The old bridge was built in 1962. Costs are likely to rise sharply.");
        assertTrue(a.get(Layers.QUOTATIONS).isEmpty());
        List<Claim> claims = a.get(Layers.CLAIMS);
        assertEquals(3, claims.size(), describe(a));
        for (Claim c : claims) {
            assertNull(c.holder());
            assertNull(c.quotation());
        }
        assertEquals(Modality.FORECAST, claim(a, "begins in June").modality(), "present tense about June, in March");
    }

    @Test
    void aSpeakersOwnActIsAPromiseAndADayMakesAnEventScheduled() {
        Analysis a = analyse("Aid for Tolsk", "\"We will send two planes with medicine,\" the minister said.",
                "The final will be played on 20 March in Lisbon. The paper cited two officials in the ministry.");
        assertEquals(Modality.PROMISE, claim(a, "two planes").modality());
        Claim finalMatch = claim(a, "The final");
        assertEquals(Modality.SCHEDULED, finalMatch.modality());
        assertEquals("2025-03-20", finalMatch.time().deadline());
        assertTrue(a.get(Layers.CLAIMS).stream().noneMatch(c -> a.textOf(c.span()).contains("cited")), describe(a));
    }

    @Test
    void restatementsAreLinkedNotMerged() {
        Analysis a = analyse("Border to close", "The government will close the border with Hungary by Friday.",
                "“We will close the border with Hungary by Friday,” the interior minister said. Trains still run to Vienna.");
        Claim lead = claim(a, "The government will");
        Claim minister = claim(a, "We will");
        assertEquals(List.of(lead.id()), minister.restates(), describe(a));
        assertTrue(minister.holder() != null);
        assertNull(lead.holder());
        assertEquals(List.of(), claim(a, "Trains").restates());
    }

    @Test
    void aSpeakersOwnFutureInAQuoteIsAPromiseEvenOnANamedDay() {
        Analysis a = analyse("Ferry line to reopen", "The harbour board met on Monday.",
                "\u201cI will open the new pier on 20 March,\u201d Harbour Minister Edda Lomm said. "
                        + "\u201cWe will hire forty pilots by the end of April,\u201d board chair Ivo Sand said.");
        Claim pier = claim(a, "open the new pier");
        assertEquals(Modality.PROMISE, pier.modality(), describe(a));
        assertTrue(pier.trackable());
        assertEquals(Modality.PROMISE, claim(a, "hire forty pilots").modality());
    }

    @Test
    void byOrUntilBeforeATimeIsADeadlineNotACondition() {
        Analysis a = analyse("Ferry line to reopen", "The harbour board met on Monday.",
                "By the end of the month the board will sign a new lease. Until Friday the council will weigh the offer.");
        Claim lease = claim(a, "sign a new lease");
        assertNull(lease.condition(), describe(a));
        assertEquals("2025-03-31", lease.time().deadline());
        assertEquals(Modality.FORECAST, lease.modality());
        Claim offer = claim(a, "weigh the offer");
        assertNull(offer.condition());
        assertEquals("2025-03-07", offer.time().deadline());
    }

    @Test
    void reportsOfEarlierCommitmentsAreNoNewOnes() {
        Analysis a = analyse("Ferry line reopened", "The harbour board met on Monday.",
                "Minister Edda Lomm had pledged in January to reopen the ferry line. "
                        + "The board made good on its promise. Analysts had predicted a long delay.");
        for (String phrase : List.of("had pledged", "made good on its promise", "had predicted")) {
            Claim c = claim(a, phrase);
            assertFalse(c.trackable(), phrase + describe(a));
            assertEquals(Orientation.PAST, c.orientation(), phrase);
        }
    }

    @Test
    void aNegatedFutureIsARefusalOnlyForSomeoneWhoCanRefuse() {
        Analysis a = analyse("Fares stay", "The harbour board met on Monday.",
                "\u201cTicket prices will not fall this year,\u201d economist Nils Varg said. "
                        + "\u201cThe board will not sell the pier,\u201d board chair Ivo Sand said.");
        Claim prices = claim(a, "Ticket prices");
        assertEquals(Modality.FORECAST, prices.modality(), describe(a));
        assertEquals(Polarity.NEGATIVE, prices.polarity());
        assertEquals(Modality.REFUSAL, claim(a, "sell the pier").modality());
    }

    @Test
    void aNounCueCountsOnlyAsTheHeadOfTheStatement() {
        Analysis a = analyse("Order at the pier", "The harbour board met on Monday.",
                "The mayor wants law and order at the pier. The minister spoke about the plan at length. "
                        + "There is a plan to close the pier in May.");
        assertEquals(Modality.PLAN, claim(a, "wants law and order").modality(), "from wanting, not from order");
        assertEquals(Modality.STATEMENT, claim(a, "spoke about the plan").modality(), describe(a));
        assertEquals(Modality.PLAN, claim(a, "There is a plan").modality());
    }
}
