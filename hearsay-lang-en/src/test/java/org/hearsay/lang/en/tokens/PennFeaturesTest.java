package org.hearsay.lang.en.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PennFeaturesTest {

    @Test
    void verbTagsGiveTenseFinitenessAndMood() {
        assertEquals(Map.of("Tense", "Past", "VerbForm", "Fin"), PennFeatures.of("VBD", "said"));
        assertEquals(Map.of("Mood", "Ind", "Number", "Sing", "Person", "3", "Tense", "Pres", "VerbForm", "Fin"),
                PennFeatures.of("VBZ", "says"));
        assertEquals(Map.of("Mood", "Ind", "Tense", "Pres", "VerbForm", "Fin"), PennFeatures.of("VBP", "say"));
        assertEquals(Map.of("VerbForm", "Ger"), PennFeatures.of("VBG", "saying"));
        assertEquals(Map.of("Tense", "Past", "VerbForm", "Part"), PennFeatures.of("VBN", "said"));
        assertEquals(Map.of("VerbForm", "Inf"), PennFeatures.of("VB", "say"));
        assertEquals(Map.of("VerbForm", "Fin", "VerbType", "Mod"), PennFeatures.of("MD", "would"));
    }

    @Test
    void nounsAndAdjectives() {
        assertEquals(Map.of("Number", "Plur"), PennFeatures.of("NNS", "officials"));
        assertEquals(Map.of("Number", "Sing"), PennFeatures.of("NNP", "Reuters"));
        assertEquals(Map.of("Degree", "Sup"), PennFeatures.of("JJS", "largest"));
    }

    @Test
    void pronounsCarryPersonNumberAndCase() {
        assertEquals(Map.of("Case", "Nom", "Number", "Sing", "Person", "1", "PronType", "Prs"),
                PennFeatures.of("PRP", "I"));
        assertEquals(Map.of("Case", "Acc", "Number", "Plur", "Person", "3", "PronType", "Prs"),
                PennFeatures.of("PRP", "Them"));
        assertEquals(Map.of("Gender", "Fem", "Number", "Sing", "Person", "3", "Poss", "Yes", "PronType", "Prs"),
                PennFeatures.of("PRP$", "her"));
    }

    @Test
    void articlesCarryDefiniteness() {
        assertEquals(Map.of("Definite", "Ind", "PronType", "Art"), PennFeatures.of("DT", "An"));
        assertEquals(Map.of(), PennFeatures.of("DT", "this"));
    }

    @Test
    void untaggedClassesHaveNoFeatures() {
        assertEquals(Map.of(), PennFeatures.of("IN", "of"));
        assertEquals(Map.of(), PennFeatures.of("``", "“"));
    }
}
