package org.hearsay.core.entities;

import java.util.List;
import org.hearsay.core.model.Span;

/**
 * What a language pack tells {@link EntityResolver} about the phrases of one article that refer to
 * entities. One instance per article.
 */
public interface EntityLanguage {

    /** Names (from the entity mentions, with base forms), definite descriptions, pronouns and subject nouns, in text order. */
    List<Candidate> candidates();

    /** Abbreviations the article defines. */
    List<Abbreviation> abbreviations();

    /**
     * A source's mention ("Der Diktator", "er", "ein kremlnaher Gesprächspartner") read as a
     * description or pronoun, with its agreement and position.
     */
    Candidate phrase(Span span);

    /**
     * Whether a name of this type may be shortened to {@code part}, a run of its words: "Putin"
     * for "Wladimir Putin", "Kursk" for "Gebiet Kursk", but in English not "Mexico" for "Mexico City".
     */
    boolean shortens(String type, String whole, String part);

    /** The name a known other name of the same thing goes by ("Russische Föderation" → "Russland"), or null. */
    String alias(String base);

    /**
     * Whether a role noun tells nothing about a person's office ("Politiker", "Diktator"), so that
     * it fits a person known by another role ("Präsident … des amerikanischen Politikers").
     */
    boolean genericRole(String role);

    /** What a place or building named as an actor stands for, in English ("Russian leadership"), or null. */
    String standsFor(String base);
}
