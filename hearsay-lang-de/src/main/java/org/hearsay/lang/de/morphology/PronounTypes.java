package org.hearsay.lang.de.morphology;

import java.util.Map;

/**
 * Makes PronType agree with the STTS tag chosen in context. The dictionary lists "die" as
 * article, demonstrative and personal pronoun at once; once the word is known to be a relative
 * pronoun (PRELS), its PronType is Rel, not "Art,Dem,Prs".
 */
final class PronounTypes {
    private static final Map<String, String> BY_STTS = Map.ofEntries(
            Map.entry("ART", "Art"), Map.entry("PDS", "Dem"), Map.entry("PDAT", "Dem"),
            Map.entry("PIS", "Ind"), Map.entry("PIAT", "Ind"), Map.entry("PPER", "Prs"), Map.entry("PRF", "Prs"),
            Map.entry("PPOSS", "Prs"), Map.entry("PPOSAT", "Prs"), Map.entry("PRELS", "Rel"),
            Map.entry("PRELAT", "Rel"), Map.entry("PWS", "Int"), Map.entry("PWAT", "Int"), Map.entry("PWAV", "Int"));

    private PronounTypes() {
    }

    static Map<String, String> align(String stts, String lemma, Map<String, String> features) {
        String type = BY_STTS.get(stts);
        if (type == null) {
            features.remove("PronType");
            features.remove("Definite");
            return features;
        }
        features.put("PronType", type);
        if (stts.equals("ART") && ("der".equals(lemma) || "ein".equals(lemma))) {
            features.put("Definite", lemma.equals("der") ? "Def" : "Ind");
        } else {
            features.remove("Definite");
        }
        if (stts.equals("PRF")) {
            features.put("Reflex", "Yes");
        } else {
            features.remove("Reflex");
        }
        if (stts.startsWith("PPOS")) {
            features.put("Poss", "Yes");
        } else {
            features.remove("Poss");
        }
        return features;
    }
}
