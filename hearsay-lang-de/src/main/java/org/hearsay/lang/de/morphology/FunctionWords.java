package org.hearsay.lang.de.morphology;

import java.util.Set;

/** Small closed classes of German words the rules refer to. */
final class FunctionWords {
    static final Set<String> AUXILIARIES = Set.of("sein", "haben", "werden");
    static final Set<String> MODALS = Set.of("können", "müssen", "sollen", "wollen", "dürfen", "mögen", "möchten");
    /** Forms of the d-pronoun, which is demonstrative or relative ("der", "dessen", "denen"…). */
    static final Set<String> D_FORMS = Set.of("der", "die", "das", "dem", "den", "denen", "dessen", "deren");

    private FunctionWords() {
    }

    /**
     * A relative pronoun: a d-form or "welch-" right after a comma, or after a comma and a
     * preposition ("…, die …", "…, mit dem …").
     */
    static boolean opensRelativeClause(SentenceReadings s, int i) {
        String w = s.lower(i);
        if (!(D_FORMS.contains(w) || w.startsWith("welch")) || i == 0 || !s.uposIs(i, "PRON", "DET")) {
            return false;
        }
        return s.form(i - 1).equals(",") || s.uposIs(i - 1, "ADP") && i > 1 && s.form(i - 2).equals(",");
    }
}
