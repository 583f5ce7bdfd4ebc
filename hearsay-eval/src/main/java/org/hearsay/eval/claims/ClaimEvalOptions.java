package org.hearsay.eval.claims;

import java.util.List;

/**
 * Settings of {@code hearsay eval claims}.
 *
 * @param languages which parts of the gold set to score, each of {@link ClaimGold#LANGUAGES}
 * @param errors    whether the report lists every disagreement
 */
public record ClaimEvalOptions(List<String> languages, boolean errors) {

    public ClaimEvalOptions {
        if (languages.isEmpty() || !ClaimGold.LANGUAGES.containsAll(languages)) {
            throw new IllegalArgumentException("languages must be some of " + ClaimGold.LANGUAGES + ", got " + languages);
        }
        languages = ClaimGold.LANGUAGES.stream().filter(languages::contains).toList();
    }
}
