package org.hearsay.lang.de.morphology;

import java.util.Map;
import java.util.Set;

/**
 * One analysis of a word form by LanguageTool's German dictionary, decoded from its tag
 * (e.g. {@code VER:3:SIN:KJ1:SFT} = verb, 3rd person singular, Konjunktiv I, weak).
 *
 * @param lemma          base form as the dictionary gives it
 * @param tag            the dictionary's tag, for debugging and rules that need its details
 * @param category       first tag field: VER, SUB, EIG, ADJ, PA1, PA2, ART, PRO, PRP, KON, ADV,
 *                       ZUS (verb particle), NEG, ZAL (number), ABK, INJ…
 * @param subtype        second field where it names a kind: AUX or MOD for verbs; PER, REF, DEM,
 *                       POS, REL, RIN, IND, INR for pronouns; DEF or IND for articles; NEB, UNT,
 *                       INF, VGL for conjunctions; the first field after ADV; otherwise null
 * @param features       Universal Dependencies features the tag states
 * @param governedCases  cases a preposition governs (Nom, Acc, Dat, Gen); empty otherwise
 * @param predicative    an adjective or participle in predicative or adverbial use (no inflection)
 * @param nominalised    a noun made from an infinitive ("das Quellen"), a rare reading of many plurals
 */
record Reading(String lemma, String tag, String category, String subtype, Map<String, String> features,
               Set<String> governedCases, boolean predicative, boolean nominalised) {

    String feature(String name) {
        return features.get(name);
    }

    boolean isVerb() {
        return category.equals("VER");
    }

    boolean isFinite() {
        return "Fin".equals(features.get("VerbForm"));
    }

    boolean isNonFinite() {
        String form = features.get("VerbForm");
        return "Inf".equals(form) || "Part".equals(form);
    }

    /** A zu-infinitive written as one word ("zurückzudrängen"). */
    boolean isZuInfinitive() {
        return tag.contains(":EIZ");
    }

    /** Whether this reading carries case, number or gender, i.e. takes part in noun-phrase agreement. */
    boolean inflectsForAgreement() {
        return features.containsKey("Case");
    }
}
