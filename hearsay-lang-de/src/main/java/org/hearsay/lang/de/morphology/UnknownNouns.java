package org.hearsay.lang.de.morphology;

import java.util.List;

/**
 * Lemmas for nouns the dictionary does not know ("Einfrierung"), where the suffix makes the
 * base form certain: derivational suffixes whose plural is regular (-ung/-ungen, -heit/-heiten…).
 * Other unknown nouns get no lemma rather than a guess.
 */
final class UnknownNouns {
    /** Singular suffix and its plural. */
    private record Suffix(String singular, String plural) {
    }

    private static final List<Suffix> SUFFIXES = List.of(
            new Suffix("ung", "ungen"), new Suffix("heit", "heiten"), new Suffix("keit", "keiten"),
            new Suffix("schaft", "schaften"), new Suffix("tion", "tionen"), new Suffix("tät", "täten"),
            new Suffix("ismus", "ismen"));

    private UnknownNouns() {
    }

    static String lemma(String form) {
        if (form.isEmpty() || !Character.isUpperCase(form.codePointAt(0))) {
            return null;
        }
        for (Suffix suffix : SUFFIXES) {
            if (form.endsWith(suffix.singular())) {
                return form;
            }
            if (form.endsWith(suffix.plural())) {
                return form.substring(0, form.length() - suffix.plural().length()) + suffix.singular();
            }
        }
        return null;
    }
}
