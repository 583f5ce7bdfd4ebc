package org.hearsay.lang.de.morphology;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refines the tagger's UD tag into an STTS tag (the Stuttgart-Tübingen tagset of German
 * treebanks) using the readings left in context: AUX "hat" → VAFIN, VERB "geführt" → VVPP,
 * DET "dies" with no noun after it → PDS, the separated particle "fest" of "stellte fest" → PTKVZ.
 */
final class SttsTags {
    private static final Set<String> SENTENCE_MARKS = Set.of(".", "!", "?", ";", ":", "…", "...");
    private static final Set<String> WH_ADVERBS = Set.of("wie", "wo", "wann", "warum", "weshalb", "weswegen",
            "wieso", "woher", "wohin", "womit", "wofür", "wodurch", "worüber", "worauf", "wozu", "inwiefern");
    private static final Set<String> INFINITIVAL_CONJUNCTIONS = Set.of("um", "ohne", "statt", "anstatt");
    private static final Set<String> ANSWER_PARTICLES = Set.of("ja", "nein", "doch", "bitte", "danke");
    private static final Set<String> POSTPOSITIONS = Set.of("zufolge", "halber", "entlang");

    private SttsTags() {
    }

    /**
     * @param separatedParticle whether the word is the separated particle of a verb in its clause
     *                          ("fest" in "stellte fest"), as {@link SeparableVerbs} found
     */
    static String of(SentenceReadings s, int i, String lemma, Map<String, String> features, boolean separatedParticle) {
        String form = s.form(i);
        String lower = s.lower(i);
        List<Reading> readings = s.readings(i);
        if (separatedParticle) {
            return "PTKVZ";
        }
        if (ZuInfinitives.isMarker(s, i)) {
            return "PTKZU";
        }
        return switch (s.upos(i)) {
            case "PUNCT" -> form.equals(",") ? "$," : SENTENCE_MARKS.contains(form) ? "$." : "$(";
            case "NOUN" -> truncated(form) ? "TRUNC"
                    : !readings.isEmpty() && readings.stream().allMatch(r -> r.category().equals("EIG")) ? "NE" : "NN";
            case "PROPN" -> truncated(form) ? "TRUNC"
                    : !readings.isEmpty() && readings.stream().noneMatch(r -> r.category().equals("EIG")) ? "NN" : "NE";
            case "VERB", "AUX" -> verb(s, i, lemma, features);
            case "ADJ" -> adjective(s, i);
            case "DET" -> determiner(s, i);
            case "PRON" -> pronoun(s, i);
            case "ADP" -> comparison(lower) ? "KOKOM" : introducesZuInfinitive(s, i) ? "KOUI"
                    : POSTPOSITIONS.contains(lower) ? "APPO" : "APPR";
            case "ADV" -> adverb(s, i);
            case "CCONJ" -> comparison(lower) ? "KOKOM" : "KON";
            case "SCONJ" -> introducesZuInfinitive(s, i) ? "KOUI" : "KOUS";
            case "PART" -> particle(s, i);
            case "NUM" -> "CARD";
            case "INTJ" -> "ITJ";
            case "X" -> form.codePoints().allMatch(Character::isLetter) ? "FM" : "XY";
            default -> "XY";
        };
    }

    /** "als" and "wie" before a phrase compare ("als 'mutigen Mann' bezeichnen"). */
    private static boolean comparison(String lower) {
        return lower.equals("als") || lower.equals("wie");
    }

    /** "um", "ohne", "statt" opening a clause with a zu-infinitive: "um die Kosten zu senken". */
    private static boolean introducesZuInfinitive(SentenceReadings s, int i) {
        if (!INFINITIVAL_CONJUNCTIONS.contains(s.lower(i))) {
            return false;
        }
        for (int j = i + 1; j < s.size() && !s.isClauseBoundary(j); j++) {
            if (ZuInfinitives.isMarker(s, j) || s.isVerbal(j) && s.any(j, Reading::isZuInfinitive)) {
                return true;
            }
        }
        return false;
    }

    private static boolean truncated(String form) {
        return form.length() > 1 && form.endsWith("-");
    }

    private static String verb(SentenceReadings s, int i, String lemma, Map<String, String> features) {
        if (lemma == null) {
            lemma = "";
        }
        String kind = FunctionWords.AUXILIARIES.contains(lemma) ? "VA" : FunctionWords.MODALS.contains(lemma) ? "VM" : "VV";
        String verbForm = features.get("VerbForm");
        if (Features.allows(features.get("Mood"), "Imp") && !Features.allows(features.get("Mood"), "Ind")) {
            return kind + "IMP";
        }
        if (verbForm == null) {
            boolean afterZu = i > 0 && s.lower(i - 1).equals("zu");
            return kind + (afterZu ? "INF" : "FIN");
        }
        if (Features.allows(verbForm, "Fin")) {
            return kind + "FIN";
        }
        if (Features.allows(verbForm, "Part")) {
            return kind + "PP";
        }
        return kind + (s.any(i, Reading::isZuInfinitive) ? "IZU" : "INF");
    }

    private static String adjective(SentenceReadings s, int i) {
        return s.form(i).matches("\\d+\\.") || NounPhrases.attributive(s, i) ? "ADJA" : "ADJD";
    }

    /** A determiner with no noun after it stands alone: a pronoun ("dies", "eine, die …"). */
    private static String determiner(SentenceReadings s, int i) {
        boolean standsAlone = NounPhrases.standsAlone(s, i);
        if (standsAlone && FunctionWords.opensRelativeClause(s, i)) {
            return "PRELS";
        }
        if (s.any(i, r -> r.category().equals("ART")) && !standsAlone) {
            return "ART";
        }
        if (standsAlone && FunctionWords.D_FORMS.contains(s.lower(i))) {
            return "PDS";
        }
        String subtype = pronounSubtype(s, i);
        if (subtype == null) {
            return standsAlone ? "PIS" : "ART";
        }
        return switch (subtype) {
            case "DEM" -> standsAlone ? "PDS" : "PDAT";
            case "POS" -> standsAlone ? "PPOSS" : "PPOSAT";
            case "INR" -> standsAlone ? "PWS" : "PWAT";
            case "RIN", "REL" -> standsAlone ? "PRELS" : "PRELAT";
            case "PER" -> "PPER";
            default -> standsAlone ? "PIS" : "PIAT";
        };
    }

    private static String pronoun(SentenceReadings s, int i) {
        if (FunctionWords.opensRelativeClause(s, i)) {
            return "PRELS";
        }
        if (FunctionWords.D_FORMS.contains(s.lower(i))) {
            // "Das sagte eine Quelle": a d-word standing alone outside a relative clause points back.
            return "PDS";
        }
        String subtype = pronounSubtype(s, i);
        if (subtype == null) {
            return "PPER";
        }
        return switch (subtype) {
            case "PER" -> "PPER";
            case "REF" -> "PRF";
            case "DEM" -> "PDS";
            case "POS" -> "PPOSS";
            case "INR", "RIN" -> "PWS";
            case "REL" -> "PRELS";
            default -> "PIS";
        };
    }

    /**
     * The pronoun kind the readings name, in this order of preference: demonstrative before
     * personal (the dictionary also lists "der" as a personal pronoun), personal before reflexive
     * ("uns", "mich").
     */
    private static String pronounSubtype(SentenceReadings s, int i) {
        List<String> order = List.of("DEM", "PER", "POS", "REL", "RIN", "INR", "IND", "REF");
        for (String subtype : order) {
            if (s.any(i, r -> r.category().equals("PRO") && subtype.equals(r.subtype()))) {
                return subtype;
            }
        }
        return null;
    }

    private static String adverb(SentenceReadings s, int i) {
        if (WH_ADVERBS.contains(s.lower(i))) {
            return "PWAV";
        }
        if (s.any(i, r -> r.category().equals("ADV") && r.subtype() != null && r.subtype().equals("PRO"))) {
            return "PAV";
        }
        return "ADV";
    }

    private static String particle(SentenceReadings s, int i) {
        String w = s.lower(i);
        if (w.equals("nicht")) {
            return "PTKNEG";
        }
        if (w.equals("zu")) {
            return "PTKA";
        }
        if (ANSWER_PARTICLES.contains(w)) {
            return "PTKANT";
        }
        return "ADV";
    }
}
