package org.hearsay.core.entities;

import org.hearsay.core.model.Span;

/**
 * A phrase that may refer to an entity, as a language pack sees it: a name with its base form, a
 * description ("der neu gewählte Präsident") or a pronoun ("er", "dieser"), with what agreement
 * and position tell about it.
 *
 * @param kind          name, description, pronoun, or a noun phrase that names no person
 * @param span          characters in the article text
 * @param firstToken    first token index
 * @param endToken      one past the last token index
 * @param sentence      index of its sentence
 * @param clause        document-wide index of its clause, for "er … ihn" (one clause: two people)
 * @param type          for a name its mention type (PER, ORG, LOC, MISC); for a description of an
 *                      organisation ("das Ministerium") ORG; null otherwise
 * @param base          for a name its base form ("Putin" for "Putins"); for a description its head
 *                      noun's lemma ("Präsident", "Ministerium"); null otherwise
 * @param gender        Masc, Fem or Neut where unambiguous (for a person's name: the first name's), else null
 * @param plural        true when it stands for several
 * @param nominative    true when its case is unambiguously nominative (a subject)
 * @param demonstrative true for a demonstrative pronoun ("dieser"), which points past the subject
 * @param actor         true when it acts: subject, possessor or party ("mit Kiew"), for metonymy
 * @param apposition    for a description, the first token of the name it stands in apposition to
 *                      ("des neu gewählten Präsidenten Donald Trump", "Trump, der neu gewählte
 *                      Präsident,"); -1 when none
 */
public record Candidate(Kind kind, Span span, int firstToken, int endToken, int sentence, int clause, String type,
                        String base, String gender, boolean plural, boolean nominative, boolean demonstrative,
                        boolean actor, int apposition) {

    /** The same phrase standing in apposition to the name that starts at {@code nameToken}. */
    public Candidate inApposition(int nameToken) {
        return new Candidate(kind, span, firstToken, endToken, sentence, clause, type, base, gender, plural, nominative,
                demonstrative, actor, nameToken);
    }

    /** What sort of phrase. */
    public enum Kind {
        /** A name ("Wladimir Putin", "Putins", "Kreml"). */
        NAME,
        /** A definite description by role ("der neu gewählte Präsident") or by kind of institution ("das Ministerium"). */
        DESCRIPTION,
        /** A personal or demonstrative pronoun ("er", "dieser"). */
        PRONOUN,
        /**
         * A subject noun phrase that is no person ("der Krieg"): never a reference, but a pronoun
         * agreeing with it may mean it, so it stands between a pronoun and an earlier person.
         */
        NOUN
    }
}
