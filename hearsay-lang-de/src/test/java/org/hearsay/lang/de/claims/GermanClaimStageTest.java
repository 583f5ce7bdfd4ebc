package org.hearsay.lang.de.claims;

import static org.hearsay.lang.de.claims.ClaimFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Claim.ConditionKind;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Claim.Orientation;
import org.hearsay.core.model.Claim.Polarity;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Span;
import org.junit.jupiter.api.Test;

/** German claims on invented news paragraphs, published on Monday, 3 March 2025. */
class GermanClaimStageTest {
    private static final LocalDateTime MONDAY = LocalDateTime.of(2025, 3, 3, 10, 0);

    private static Analysis analyse(String text) {
        return ClaimFixture.analyse(text, MONDAY);
    }

    @Test
    void eachModalityFromItsCue() {
        Analysis a = analyse("""
                Streit um die Grenze
                Die Regierung in Belgrad hat die Lage am Montag beraten.
                03.03.2025 10:00
                Der Innenminister ordnet an, die Grenze bis Freitag zu schließen. \
                Die Regierung plant, im April neue Kontrollen einzuführen. \
                Die Ministerin versprach, die Wartezeiten zu halbieren. \
                Die Opposition lehnt den Plan ab. \
                Der Sprecher bestritt, dass es geheime Absprachen mit den Nachbarn gebe. \
                Die Preise dürften im Sommer steigen. \
                Der Gipfel der Innenminister findet am 12. März statt. \
                Die Lage an der Grenze ist nach Ansicht der Kirchen inakzeptabel. \
                Wenn die Zahl der Übertritte steigt, gibt es neue Kontrollen. \
                Die Zahl der Übertritte hat sich seit Januar verdoppelt. \
                Der Verband der Spediteure hält die Kontrollen am Übergang für überflüssig.""");
        List<Object[]> expected = List.of(
                new Object[] {"die Grenze bis Freitag zu schließen", Modality.ORDER},
                new Object[] {"neue Kontrollen einzuführen", Modality.PLAN},
                new Object[] {"die Wartezeiten zu halbieren", Modality.PROMISE},
                new Object[] {"den Plan", Modality.REFUSAL},
                new Object[] {"geheime Absprachen", Modality.DENIAL},
                new Object[] {"dürften im Sommer steigen", Modality.FORECAST},
                new Object[] {"findet am 12. März statt", Modality.SCHEDULED},
                new Object[] {"inakzeptabel", Modality.STANCE},
                new Object[] {"gibt es neue Kontrollen", Modality.CONDITION},
                new Object[] {"hat sich seit Januar verdoppelt", Modality.STATEMENT},
                new Object[] {"für überflüssig", Modality.STANCE});
        for (Object[] e : expected) {
            assertEquals(e[1], claim(a, (String) e[0]).modality(), e[0] + "\n" + ClaimFixture.describe(a));
        }
        Claim denial = claim(a, "geheime Absprachen");
        assertEquals(Polarity.NEGATIVE, denial.polarity(), "a denial negates what it reports");
        assertEquals("es geheime Absprachen mit den Nachbarn gebe", denial.proposition());
        assertEquals("Die Lage an der Grenze ist inakzeptabel", claim(a, "inakzeptabel").proposition(),
                "one claim around the reporting clause, without it");
    }

    @Test
    void trackableClaimsGetAQuestionAndADayToJudgeThem() {
        Analysis a = analyse("""
                Grenze wird geschlossen
                Der Innenminister ordnet an, die Grenze bis Freitag zu schließen.
                Der Gipfel der Innenminister findet am 12. März statt. Die Zahl der Übertritte hat sich seit Januar verdoppelt.""");
        Claim order = claim(a, "die Grenze bis Freitag zu schließen");
        assertTrue(order.trackable());
        assertEquals("2025-03-07", order.time().deadline());
        assertEquals("2025-03-08", order.judgeableFrom());
        assertEquals(Orientation.FUTURE, order.orientation());
        assertEquals("Wurde bis 07.03.2025 umgesetzt, was angeordnet war: „Der Innenminister ordnet an, die Grenze bis Freitag "
                + "zu schließen“?", order.question());
        Claim summit = claim(a, "findet am 12. März statt");
        assertEquals("2025-03-12", summit.time().deadline());
        assertEquals("2025-03-13", summit.judgeableFrom());
        assertEquals("Fand am 12.03.2025 statt, was angesetzt war: „Der Gipfel der Innenminister findet am 12. März statt“?",
                summit.question());
        Claim past = claim(a, "verdoppelt");
        assertFalse(past.trackable());
        assertNull(past.question());
        assertNull(past.judgeableFrom());
        assertEquals(Orientation.PAST, past.orientation());
    }

    @Test
    void negationWordsMakeANegativeClaim() {
        Analysis a = analyse("""
                Gebühren bleiben aus
                Die Stadt wird keine neuen Gebühren erheben. Der Bürgermeister hat die Brücke nicht gesperrt. \
                Die Stadt wird ihre Pläne nie aufgeben. Der Rat wird niemals zustimmen. Die Stadt wird die Steuern senken.""");
        assertEquals(Polarity.NEGATIVE, claim(a, "keine neuen Gebühren").polarity());
        assertEquals(Polarity.NEGATIVE, claim(a, "nicht gesperrt").polarity());
        assertEquals(Polarity.NEGATIVE, claim(a, "nie aufgeben").polarity());
        Claim never = claim(a, "niemals zustimmen");
        assertEquals(Polarity.NEGATIVE, never.polarity());
        assertEquals(Modality.REFUSAL, never.modality(), "not agreeing, in the future, is a refusal");
        assertTrue(never.trackable());
        Claim lower = claim(a, "Steuern senken");
        assertEquals(Polarity.POSITIVE, lower.polarity());
        assertEquals(Modality.FORECAST, lower.modality());
    }

    @Test
    void everyConditionForm() {
        Analysis a = analyse("""
                Bedingungen für Gespräche
                Die Gespräche beginnen, wenn die Truppen abziehen. Die Fähre fährt, falls das Wetter es zulässt. \
                Nur wenn die Reform kommt, fließt die Hilfe. Die Hilfe fließt erst dann, wenn die Reform kommt. \
                Erst wenn die Waffen schweigen, wird verhandelt. Die Sanktionen fallen nur nach einer Einigung weg. \
                Die Blockade bleibt, solange die Forderungen nicht erfüllt sind. Die Streiks gehen weiter, bis die Löhne steigen. \
                Die Schule bleibt bis Freitag geschlossen. Die Ernte ist verloren, es sei denn, es regnet bald. \
                Die Brücke öffnet, sobald die Prüfung abgeschlossen ist.""");
        Object[][] expected = {
                {"die Truppen abziehen", ConditionKind.IF, "wenn die Truppen abziehen"},
                {"das Wetter", ConditionKind.IF, "falls das Wetter es zulässt"},
                {"fließt die Hilfe", ConditionKind.ONLY_IF, "Nur wenn die Reform kommt"},
                {"erst dann", ConditionKind.ONLY_IF, "wenn die Reform kommt"},
                {"Waffen schweigen", ConditionKind.ONLY_IF, "Erst wenn die Waffen schweigen"},
                {"nach einer Einigung", ConditionKind.ONLY_IF, "nur nach einer Einigung weg"},
                {"Blockade", ConditionKind.AS_LONG_AS, "solange die Forderungen nicht erfüllt sind"},
                {"Streiks", ConditionKind.UNTIL, "bis die Löhne steigen"},
                {"Ernte", ConditionKind.UNLESS, "es sei denn, es regnet bald"},
                {"Prüfung", ConditionKind.ONCE, "sobald die Prüfung abgeschlossen ist"}};
        for (Object[] e : expected) {
            Claim c = claim(a, (String) e[0]);
            assertEquals(e[1], c.condition() == null ? null : c.condition().kind(), e[0] + "\n" + ClaimFixture.describe(a));
            assertEquals(e[2], c.condition().text());
        }
        assertEquals("erst … wenn", claim(a, "erst dann").condition().cue());
        assertNull(claim(a, "bis Freitag geschlossen").condition(), "'bis' before a date is no condition");
        assertEquals(Polarity.POSITIVE, claim(a, "Blockade").polarity(), "the negation belongs to the condition");
    }

    @Test
    void orientationFromTense() {
        Analysis a = analyse("""
                Zahlen
                Die Zahl der Anträge hat sich verdoppelt. Die Zahl der Anträge sinkt. Die Zahl der Anträge wird steigen. \
                Die Zahl der Anträge stieg im Januar.""");
        assertEquals(Orientation.PAST, claim(a, "verdoppelt").orientation());
        assertEquals(Orientation.PRESENT, claim(a, "sinkt").orientation());
        assertEquals(Orientation.FUTURE, claim(a, "wird steigen").orientation());
        assertEquals(Orientation.PAST, claim(a, "stieg").orientation());
    }

    @Test
    void anArticleWithoutQuotationsAssertsItself() {
        Analysis a = analyse("""
                Neue Brücke für Lindenau
                Der Bau der neuen Brücke in Lindenau beginnt im Juni.
                03.03.2025 10:00
                Die alte Brücke wurde 1962 gebaut. Die Kosten dürften deutlich steigen.""");
        assertTrue(a.get(Layers.QUOTATIONS).isEmpty());
        List<Claim> claims = a.get(Layers.CLAIMS);
        assertEquals(3, claims.size(), ClaimFixture.describe(a));
        for (Claim c : claims) {
            assertNull(c.holder());
            assertNull(c.quotation());
            assertEquals(List.of(), c.relayedBy());
        }
        assertEquals(List.of("c1", "c2", "c3"), claims.stream().map(Claim::id).toList());
        Claim lead = claim(a, "beginnt im Juni");
        assertEquals(Modality.FORECAST, lead.modality(), "a present-tense sentence about June is a forecast in March");
        assertEquals("2025-06", lead.time().value());
    }

    @Test
    void aSpeakersOwnActIsAPromiseAndADayMakesAnEventScheduled() {
        Analysis a = analyse("""
                Hilfe für Tolsk
                „Wir schicken noch vor dem 20. März zwei Flugzeuge mit Medikamenten“, sagte die Ministerin.                 „Ohne Waffenruhe setzen wir uns nicht an den Tisch, wenn die Angriffe weitergehen“, sagte der Sprecher.                 Das Konzert beginnt am 14. März um 18 Uhr auf dem Marktplatz.""");
        Claim planes = claim(a, "zwei Flugzeuge");
        assertEquals(Modality.PROMISE, planes.modality());
        assertEquals("2025-03-20", planes.time().deadline());
        Claim table = claim(a, "an den Tisch");
        assertEquals(Modality.REFUSAL, table.modality());
        assertTrue(table.trackable(), "a refusal tied to a condition");
        Claim concert = claim(a, "Das Konzert");
        assertEquals(Modality.SCHEDULED, concert.modality());
        assertEquals("2025-03-14", concert.time().deadline());
    }

    @Test
    void reportingFramesOfTheArticleAreNoClaims() {
        Analysis a = analyse("""
                Hafen soll wachsen
                Das Land will den Hafen bis 2029 ausbauen. Das berichtet die Zeitung „Nordkurier“.                 Das Blatt beruft sich auf zwei Beamte des Ministeriums.""");
        assertTrue(ClaimFixture.containing(a, "beruft sich auf").isEmpty(), ClaimFixture.describe(a));
        assertTrue(ClaimFixture.containing(a, "Das berichtet").isEmpty(), ClaimFixture.describe(a));
        assertEquals(Modality.PLAN, claim(a, "den Hafen bis 2029 ausbauen").modality());
    }

    @Test
    void restatementsAreLinkedNotMerged() {
        Analysis a = analyse("""
                Grenze zu Ungarn wird geschlossen
                Die Regierung wird die Grenze zu Ungarn bis Freitag schließen.
                „Wir werden die Grenze zu Ungarn bis Freitag schließen“, sagte der Innenminister. \
                Die Bahn fährt weiter nach Wien.""");
        Claim lead = claim(a, "Die Regierung wird");
        Claim minister = claim(a, "Wir werden");
        assertEquals(List.of(lead.id()), minister.restates());
        assertEquals("der Innenminister", ClaimFixture.holderName(a, minister));
        assertNull(lead.holder());
        assertEquals(List.of(), claim(a, "Die Bahn").restates());
    }

    @Test
    void subjectsAndPronounsComeFromTheEntities() {
        String text = """
                Keller will Brücke bauen
                Anna Keller ist Bürgermeisterin von Lindenau. Sie will die Brücke bis 2027 bauen.""";
        Analysis a = ClaimFixture.analyse(text, MONDAY, before -> List.of(
                entity("e1", "PER", "Anna Keller", text, "Anna Keller", "Sie"),
                entity("e2", "LOC", "Lindenau", text, "Lindenau")));
        Claim plan = claim(a, "will die Brücke");
        assertEquals("Anna Keller will die Brücke bis 2027 bauen", plan.proposition());
        assertEquals(List.of("e1"), plan.subjects());
        assertEquals(List.of("e1", "e2"), claim(a, "Bürgermeisterin").subjects());
    }

    /** An entity whose references are the first occurrences of {@code forms} after the title; "Sie" is a pronoun. */
    private static Entity entity(String id, String type, String canonical, String text, String... forms) {
        int body = text.indexOf('\n');
        List<Entity.Reference> refs = new ArrayList<>();
        for (String form : forms) {
            int at = text.indexOf(form, body);
            refs.add(new Entity.Reference(new Span(at, at + form.length()), form,
                    form.equals("Sie") ? Entity.Form.PRONOUN : Entity.Form.NAME));
        }
        return new Entity(id, type, canonical, refs, null, null, null);
    }
}
