package org.hearsay.lang.de.morphology;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decodes LanguageTool's German tags into {@link Reading}s with Universal Dependencies features.
 * The tag fields are positional per category but their values are distinct enough that most are
 * recognised wherever they stand; the exceptions (IND, INF) are read by category.
 */
final class LtTags {
    private static final Map<String, String> CASES = Map.of("NOM", "Nom", "AKK", "Acc", "DAT", "Dat", "GEN", "Gen");
    private static final Map<String, String> GENDERS = Map.of("MAS", "Masc", "FEM", "Fem", "NEU", "Neut");
    private static final Map<String, String> DEGREES = Map.of("GRU", "Pos", "KOM", "Cmp", "SUP", "Sup");
    private static final Map<String, String> PRONOUN_TYPES = Map.of(
            "PER", "Prs", "REF", "Prs", "POS", "Prs", "DEM", "Dem", "REL", "Rel",
            "RIN", "Int,Rel", "IND", "Ind", "INR", "Int");

    private LtTags() {
    }

    static Reading decode(String lemma, String tag) {
        String[] fields = tag.split(":");
        String category = fields[0];
        String subtype = fields.length > 1 && hasSubtype(category) ? fields[1] : null;
        Map<String, String> features = new HashMap<>();
        Set<String> governed = new LinkedHashSet<>();
        boolean predicative = false;
        boolean nominalised = false;
        boolean person = false;
        for (int i = 1; i < fields.length; i++) {
            String field = fields[i];
            if (category.equals("PRP")) {
                for (String c : field.split("\\+")) {
                    if (CASES.containsKey(c)) {
                        governed.add(CASES.get(c));
                    }
                }
                continue;
            }
            if (CASES.containsKey(field)) {
                features.put("Case", CASES.get(field));
            } else if (GENDERS.containsKey(field)) {
                features.put("Gender", GENDERS.get(field));
            } else if (field.equals("SIN")) {
                features.put("Number", "Sing");
            } else if (field.equals("PLU")) {
                features.put("Number", "Plur");
            } else if (DEGREES.containsKey(field) && !category.equals("VER")) {
                features.put("Degree", DEGREES.get(field));
            } else if (field.equals("PRD")) {
                predicative = true;
            } else if (category.equals("VER")) {
                person |= verbField(field, features);
            } else if (category.equals("SUB") && field.equals("INF")) {
                nominalised = true;
            }
        }
        categoryFeatures(category, subtype, features);
        if (category.equals("VER") && person) {
            features.put("VerbForm", "Fin");
        }
        return new Reading(lemma, tag, category, subtype, Map.copyOf(features), Set.copyOf(governed),
                predicative, nominalised);
    }

    private static boolean hasSubtype(String category) {
        return switch (category) {
            case "VER", "PRO", "ART", "KON", "ADV" -> true;
            default -> false;
        };
    }

    /** Reads one field of a verb tag; answers whether it was a person (so the form is finite). */
    private static boolean verbField(String field, Map<String, String> features) {
        switch (field) {
            case "1", "2", "3" -> {
                features.put("Person", field);
                return true;
            }
            case "PRÄ" -> {
                features.put("Mood", "Ind");
                features.put("Tense", "Pres");
            }
            case "PRT" -> {
                features.put("Mood", "Ind");
                features.put("Tense", "Past");
            }
            case "KJ1" -> {
                features.put("Mood", "Sub");
                features.put("Tense", "Pres");
            }
            case "KJ2" -> {
                features.put("Mood", "Sub");
                features.put("Tense", "Past");
            }
            case "IMP" -> {
                features.put("Mood", "Imp");
                features.put("Person", "2");
                features.put("VerbForm", "Fin");
            }
            case "INF", "EIZ" -> features.put("VerbForm", "Inf");
            case "PA1" -> {
                features.put("VerbForm", "Part");
                features.put("Tense", "Pres");
            }
            case "PA2" -> {
                features.put("VerbForm", "Part");
                features.put("Aspect", "Perf");
            }
            default -> {
                // SFT/NON (weak/strong conjugation), NEB (separable prefix attached): no UD feature.
            }
        }
        return false;
    }

    private static void categoryFeatures(String category, String subtype, Map<String, String> features) {
        switch (category) {
            case "ART" -> {
                features.put("PronType", "Art");
                if (subtype != null) {
                    features.put("Definite", subtype.equals("DEF") ? "Def" : "Ind");
                }
            }
            case "PRO" -> {
                if (subtype != null && PRONOUN_TYPES.containsKey(subtype)) {
                    features.put("PronType", PRONOUN_TYPES.get(subtype));
                }
                if ("POS".equals(subtype)) {
                    features.put("Poss", "Yes");
                } else if ("REF".equals(subtype)) {
                    features.put("Reflex", "Yes");
                }
            }
            case "PA1" -> {
                features.put("VerbForm", "Part");
                features.put("Tense", "Pres");
            }
            case "PA2" -> {
                features.put("VerbForm", "Part");
                features.put("Aspect", "Perf");
            }
            case "NEG" -> features.put("Polarity", "Neg");
            case "ZAL" -> features.put("NumType", "Card");
            case "ABK" -> features.put("Abbr", "Yes");
            default -> {
                // Nouns, adjectives, adverbs, conjunctions, particles: the loop read all they state.
            }
        }
    }
}
