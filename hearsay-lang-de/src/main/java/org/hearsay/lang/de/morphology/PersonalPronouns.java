package org.hearsay.lang.de.morphology;

import java.util.Map;

/**
 * Lemma and person of the personal and reflexive pronouns, which the dictionary does not give
 * (it files "er", "ihm", "uns" all under the lemma "ich"). Closed class, so a table.
 */
final class PersonalPronouns {
    /** Lemma and UD person of one pronoun form. */
    record Entry(String lemma, String person) {
    }

    private static final Map<String, Entry> FORMS = Map.ofEntries(
            Map.entry("ich", new Entry("ich", "1")), Map.entry("mich", new Entry("ich", "1")),
            Map.entry("mir", new Entry("ich", "1")), Map.entry("meiner", new Entry("ich", "1")),
            Map.entry("du", new Entry("du", "2")), Map.entry("dich", new Entry("du", "2")),
            Map.entry("dir", new Entry("du", "2")), Map.entry("deiner", new Entry("du", "2")),
            Map.entry("er", new Entry("er", "3")), Map.entry("ihn", new Entry("er", "3")),
            Map.entry("ihm", new Entry("er", "3")), Map.entry("seiner", new Entry("er", "3")),
            Map.entry("sie", new Entry("sie", "3")), Map.entry("ihnen", new Entry("sie", "3")),
            Map.entry("ihrer", new Entry("sie", "3")), Map.entry("es", new Entry("es", "3")),
            Map.entry("wir", new Entry("wir", "1")), Map.entry("uns", new Entry("wir", "1")),
            Map.entry("unser", new Entry("wir", "1")), Map.entry("euch", new Entry("ihr", "2")),
            Map.entry("euer", new Entry("ihr", "2")), Map.entry("sich", new Entry("sich", "3")));

    private PersonalPronouns() {
    }

    /**
     * The entry for a pronoun form. "ihr" is 2nd person plural in the nominative and "sie" in the
     * dative singular; the readings left in context tell which.
     */
    static Entry of(String lowerForm, boolean nominative) {
        if (lowerForm.equals("ihr")) {
            return nominative ? new Entry("ihr", "2") : new Entry("sie", "3");
        }
        return FORMS.get(lowerForm);
    }
}
