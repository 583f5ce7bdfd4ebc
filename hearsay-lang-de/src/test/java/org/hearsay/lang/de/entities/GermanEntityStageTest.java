package org.hearsay.lang.de.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layers;
import org.junit.jupiter.api.Test;

class GermanEntityStageTest {

    @Test
    void declaresItsLayers() {
        assertEquals(java.util.Set.of(Layers.SENTENCES, Layers.TOKENS), SharedStage.STAGE.requires());
        assertEquals(java.util.Set.of(Layers.ENTITY_MENTIONS), SharedStage.STAGE.provides());
    }

    @Test
    void mentionsPointAtTheirTextAndTokens() {
        Analysis input = PreTokenized.ofSentences("Die Kanzlerin reiste am Montag nach Paris .",
                "Dort traf sie Emmanuel Macron im Élysée-Palast .");
        List<EntityMention> mentions = Mentions.of(input);
        assertFalse(mentions.isEmpty());
        for (EntityMention m : mentions) {
            assertEquals(m.text(), input.textOf(m.span()));
            assertEquals(m.span().start(), input.get(Layers.TOKENS).get(m.firstToken()).span().start());
            assertEquals(m.span().end(), input.get(Layers.TOKENS).get(m.endToken() - 1).span().end());
        }
        assertTrue(Mentions.labelled("Die Kanzlerin reiste am Montag nach Paris .").contains("LOC Paris"));
    }

    @Test
    void adjacentPersonsTheTaggerMergesAreSplit() {
        List<String> mentions = Mentions.labelled(
                "Am Montag gratulierte Wladimir Putin Donald Trump zum Sieg bei der Wahl .");
        assertTrue(mentions.contains("PER Wladimir Putin"), mentions::toString);
        assertTrue(mentions.contains("PER Donald Trump"), mentions::toString);
    }

    @Test
    void aCoinedCompoundAfterAMediaNounIsTheOutletsName() {
        List<String> mentions = Mentions.labelled("Das berichtet das unabhängige Wirtschaftsportal Handelsblick .");
        assertTrue(mentions.contains("ORG Handelsblick"), mentions::toString);
    }

    @Test
    void aFullNameWithMiddleNameStaysWhole() {
        List<String> mentions = Mentions.labelled("Gestern sprach Hans Peter Müller vor dem Stadtrat .");
        assertTrue(mentions.contains("PER Hans Peter Müller"), mentions::toString);
    }

    @Test
    void inflectedAdjectivesOfPlacesAreNotNames() {
        List<String> mentions = Mentions.labelled(
                "Die russische Armee und die deutschen Behörden widersprachen den ukrainischen Angaben .");
        assertTrue(mentions.isEmpty(), mentions::toString);
    }

    @Test
    void rolesBeforePersonsAndPrepositionsBeforePlacesAreNotPartOfTheName() {
        List<String> mentions = Mentions.labelled(
                "Außenminister Heiko Maas warnte vor neuen Kämpfen im Kaukasus .",
                "Das sagte Konzernchef Tobias Reinhardt der Zeitung .");
        assertTrue(mentions.contains("PER Heiko Maas"), mentions::toString);
        assertTrue(mentions.contains("LOC Kaukasus"), mentions::toString);
        assertTrue(mentions.contains("PER Tobias Reinhardt"), mentions::toString);
    }

    @Test
    void listedNamesAreFoundWithTheirType() {
        List<String> mentions = Mentions.labelled(
                "Der Kreml schwieg , während die Vereinten Nationen in Genf berieten .",
                "Auch die Bundeswehr und das Auswärtige Amt äußerten sich nicht .");
        assertTrue(mentions.contains("LOC Kreml"), mentions::toString);
        assertTrue(mentions.contains("ORG Vereinten Nationen"), mentions::toString);
        assertTrue(mentions.contains("LOC Genf"), mentions::toString);
        assertTrue(mentions.contains("ORG Bundeswehr"), mentions::toString);
        assertTrue(mentions.contains("ORG Auswärtige Amt"), mentions::toString);
    }

    @Test
    void genitiveOfAListedNameIsFound() {
        List<String> mentions = Mentions.labelled("Die Pläne Moskaus stießen in Kiew auf Ablehnung .");
        assertTrue(mentions.contains("LOC Moskaus"), mentions::toString);
        assertTrue(mentions.contains("LOC Kiew"), mentions::toString);
    }

    @Test
    void aDescribingNounTypesTheNameAfterIt() {
        List<String> mentions = Mentions.labelled(
                "Das unabhängige Nachrichtenportal Zelenka berichtete am Dienstag darüber .",
                "Die Kämpfe um die Stadt Ostrowka dauern an .");
        assertTrue(mentions.contains("ORG Zelenka"), mentions::toString);
        assertTrue(mentions.contains("LOC Ostrowka"), mentions::toString);
    }

    @Test
    void aCommonNounAfterADescribingNounIsNoName() {
        List<String> mentions = Mentions.labelled("Nie zuvor war ein so großes Unternehmen Ziel eines Angriffs .");
        assertTrue(mentions.isEmpty(), mentions::toString);
    }

    @Test
    void aNameKeepsOneTypeThroughTheDocument() {
        List<String> mentions = Mentions.labelled(
                "Das Portal Grebnik meldete neue Zahlen .",
                "Nach Angaben von Grebnik stieg die Zahl der Bewerber .",
                "Grebnik beruft sich auf drei Quellen .");
        long organisations = mentions.stream().filter("ORG Grebnik"::equals).count();
        assertEquals(3, organisations, mentions::toString);
    }

    @Test
    void aSurnameAloneIsThePersonNamedInFullBefore() {
        List<String> mentions = Mentions.labelled(
                "Die Abgeordnete Marta Kowalczyk kritisierte den Plan .",
                "Kowalczyk verlangte eine Abstimmung im Parlament .");
        assertTrue(mentions.contains("PER Marta Kowalczyk"), mentions::toString);
        assertTrue(mentions.contains("PER Kowalczyk"), mentions::toString);
    }
}
