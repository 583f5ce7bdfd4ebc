package org.hearsay.lang.de;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Token;
import org.junit.jupiter.api.Test;

class GermanMorphologyTest {

    @Test
    void konjunktivOneInReportedSpeech() {
        Analysis a = GermanText.analyse("Die Ministerin sagte, sie habe keine Zeit und sei müde.");
        Token habe = GermanText.token(a, "habe");
        assertEquals("Sub", habe.feature("Mood"));
        assertEquals("Pres", habe.feature("Tense"));
        assertEquals("3", habe.feature("Person"));
        assertEquals("Sing", habe.feature("Number"));
        assertEquals("haben", habe.lemma());
        assertEquals("VAFIN", habe.pos());
        assertEquals("Sub", GermanText.token(a, "sei").feature("Mood"));
        Token sagte = GermanText.token(a, "sagte");
        assertEquals("Ind", sagte.feature("Mood"));
        assertEquals("Past", sagte.feature("Tense"));
        assertEquals("sagen", sagte.lemma());
    }

    @Test
    void konjunktivTwo() {
        Analysis a = GermanText.analyse("Der Sprecher erklärte, die Gespräche würden verschoben, sonst wäre alles umsonst.");
        Token wuerden = GermanText.token(a, "würden");
        assertEquals("Sub", wuerden.feature("Mood"));
        assertEquals("Past", wuerden.feature("Tense"));
        assertEquals("werden", wuerden.lemma());
        assertEquals("Sub", GermanText.token(a, "wäre").feature("Mood"));
        Token verschoben = GermanText.token(a, "verschoben");
        assertEquals("VVPP", verschoben.pos());
        assertEquals("Part", verschoben.feature("VerbForm"));
        assertEquals("verschieben", verschoben.lemma());
    }

    @Test
    void formsThatCannotShowTheMoodReadAsIndicative() {
        Analysis a = GermanText.analyse("Die Bauern sagen, dass sie morgen kommen.");
        assertEquals("Ind", GermanText.token(a, "sagen").feature("Mood"));
        assertEquals("Ind", GermanText.token(a, "kommen").feature("Mood"));
        assertEquals("Plur", GermanText.token(a, "kommen").feature("Number"));
    }

    @Test
    void oneFiniteVerbPerClause() {
        Analysis a = GermanText.analyse("Der Verband wird die Verhandlungen führen, wenn die Truppen das Gebiet verlassen haben.");
        Token fuehren = GermanText.token(a, "führen");
        assertEquals("VVINF", fuehren.pos());
        assertEquals("Inf", fuehren.feature("VerbForm"));
        assertEquals("VAFIN", GermanText.token(a, "wird").pos());
        assertEquals("VVPP", GermanText.token(a, "verlassen").pos());
        Token haben = GermanText.token(a, "haben");
        assertEquals("VAFIN", haben.pos());
        assertEquals("Fin", haben.feature("VerbForm"));
    }

    @Test
    void participleBeforeAnAuxiliaryEvenAfterAModal() {
        Analysis a = GermanText.analyse("Er soll das Geld erhalten haben, hieß es.");
        assertEquals("VVPP", GermanText.token(a, "erhalten").pos());
        assertEquals("VAINF", GermanText.token(a, "haben").pos());
        assertEquals("VMFIN", GermanText.token(a, "soll").pos());
    }

    @Test
    void firstPersonOnlyWhereTheClauseHasOne() {
        Analysis a = GermanText.analyse("Ich habe nichts gewusst, sagte der Bürgermeister.");
        Token habe = GermanText.token(a, "habe");
        assertEquals("1", habe.feature("Person"));
        assertEquals("Ind", habe.feature("Mood"));
        assertEquals("3", GermanText.token(a, "sagte").feature("Person"));
    }

    @Test
    void zuInfinitives() {
        Analysis a = GermanText.analyse("Sie versprach, den Streit beizulegen und die Kosten zu senken.");
        assertEquals("VVIZU", GermanText.token(a, "beizulegen").pos());
        assertEquals("beilegen", GermanText.token(a, "beizulegen").lemma());
        assertEquals("PTKZU", GermanText.token(a, "zu").pos());
        assertEquals("VVINF", GermanText.token(a, "senken").pos());
    }

    @Test
    void lemmasOfNounsAndPronouns() {
        Analysis a = GermanText.analyse("Laut ihm berufen sich die Journalisten auf drei Quellen.");
        assertEquals("Quelle", GermanText.token(a, "Quellen").lemma());
        assertEquals("Journalist", GermanText.token(a, "Journalisten").lemma());
        Token ihm = GermanText.token(a, "ihm");
        assertEquals("er", ihm.lemma());
        assertEquals("PPER", ihm.pos());
        assertEquals("3", ihm.feature("Person"));
        assertEquals("Dat", ihm.feature("Case"));
        assertEquals("laut", GermanText.token(a, "Laut").lemma());
        assertEquals("APPR", GermanText.token(a, "Laut").pos());
        Token sich = GermanText.token(a, "sich");
        assertEquals("PRF", sich.pos());
        assertEquals("Yes", sich.feature("Reflex"));
    }

    @Test
    void nounPhrasesAgreeInCaseNumberAndGender() {
        Analysis a = GermanText.analyse("Der Kanzler sprach mit der neuen Regierung über den Haushalt des Landes.");
        Token der = a.get(org.hearsay.core.model.Layers.TOKENS).get(4);
        assertEquals("der", der.form());
        assertEquals("Dat", der.feature("Case"));
        assertEquals("Fem", der.feature("Gender"));
        assertEquals("Def", der.feature("Definite"));
        assertEquals("Dat", GermanText.token(a, "neuen").feature("Case"));
        assertEquals("ADJA", GermanText.token(a, "neuen").pos());
        assertEquals("Dat", GermanText.token(a, "Regierung").feature("Case"));
        assertEquals("Acc", GermanText.token(a, "Haushalt").feature("Case"));
        assertEquals("Gen", GermanText.token(a, "Landes").feature("Case"));
        // "Der Kanzler" alone could be a genitive plural; only the verb would tell.
        assertEquals("Gen,Nom", GermanText.token(a, "Kanzler").feature("Case"));
    }

    @Test
    void separatedVerbParticlesJoinTheirVerb() {
        Analysis a = GermanText.analyse("Die Ministerin stellte fest, dass die Zahlen stimmen.");
        assertEquals("feststellen", GermanText.token(a, "stellte").lemma());
        assertEquals("PTKVZ", GermanText.token(a, "fest").pos());
    }

    @Test
    void separatedParticleLooksLikeAnAdjective() {
        Analysis a = GermanText.analyse("Die Firma gab bekannt, sie werde Stellen abbauen.");
        assertEquals("bekanntgeben", GermanText.token(a, "gab").lemma());
        assertEquals("PTKVZ", GermanText.token(a, "bekannt").pos());
        assertTrue(GermanText.token(a, "bekannt").features().isEmpty());
        assertEquals("Sub", GermanText.token(a, "werde").feature("Mood"));
    }

    @Test
    void predicativeAdjectivesAreNotAttributive() {
        Analysis a = GermanText.analyse("Die Lage ist ernst, sagte der neu gewählte Präsident.");
        assertEquals("ADJD", GermanText.token(a, "ernst").pos());
        assertEquals("ADJD", GermanText.token(a, "neu").pos());
        assertEquals("ADJA", GermanText.token(a, "gewählte").pos());
        assertNull(GermanText.token(a, "ernst").feature("Case"));
    }

    @Test
    void relativeAndDemonstrativePronouns() {
        Analysis a = GermanText.analyse("Das sagte eine Quelle, die mit dem Vorgang vertraut ist.");
        Token die = GermanText.token(a, "die");
        assertEquals("PRELS", die.pos());
        assertEquals("Rel", die.feature("PronType"));
        assertEquals("PDS", GermanText.token(a, "Das").pos());
        assertEquals("Dem", GermanText.token(a, "Das").feature("PronType"));
    }

    @Test
    void closedClassTags() {
        Analysis a = GermanText.analyse("Er glaubt nicht, dass sie ihn anrufen wird, um zu reden.");
        assertEquals("PTKNEG", GermanText.token(a, "nicht").pos());
        assertEquals("Neg", GermanText.token(a, "nicht").feature("Polarity"));
        assertEquals("KOUS", GermanText.token(a, "dass").pos());
        assertEquals("KOUI", GermanText.token(a, "um").pos());
        assertEquals("VVINF", GermanText.token(a, "anrufen").pos());
        assertEquals("VAFIN", GermanText.token(a, "wird").pos());
    }

    @Test
    void unknownWordsKeepTheirFormAsLemmaOnlyWhereThatIsSafe() {
        Analysis a = GermanText.analyse("Die Bürgerinitiative Wurzelgrün fordert die Einfrierung der Mittel.");
        assertEquals("Wurzelgrün", GermanText.token(a, "Wurzelgrün").lemma());
        assertEquals("Einfrierung", GermanText.token(a, "Einfrierung").lemma());
    }
}
