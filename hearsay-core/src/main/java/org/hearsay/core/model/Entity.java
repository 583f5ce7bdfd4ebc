package org.hearsay.core.model;

import java.util.List;

/**
 * One thing an article talks about, with every way the article refers to it: "Wladimir Putin",
 * "Putins", "Der Diktator", "er" are one entity. Built within one article; merging across articles
 * is the corpus's job.
 *
 * @param id           article-unique id ("e1", "e2"…), referred to by {@link Claim#subjects()}
 * @param type         PER, ORG, LOC or MISC, as for {@link EntityMention}
 * @param canonical    the fullest name the article uses, in its base form ("Wladimir Putin",
 *                     "Gebiet Kursk", "ukrainische Streitkräfte")
 * @param references   every reference in text order: names, inflected and short names,
 *                     abbreviations, epithets and pronouns
 * @param abbreviation the short form the article introduces for it ("SZU" in "ukrainischen
 *                     Streitkräfte (SZU)"), or null
 * @param standsFor    for a place or building named as an actor, what it stands for, in English
 *                     ("Russian leadership" for Kreml, "government of the United States" for
 *                     Washington); null when the name is used literally or not as an actor
 * @param source       id of the {@link Source} this entity is, when it speaks in the article; null
 *                     otherwise
 */
public record Entity(String id, String type, String canonical, List<Reference> references, String abbreviation,
                     String standsFor, String source) {

    public Entity {
        references = List.copyOf(references);
    }

    /**
     * One place the article refers to the entity.
     *
     * @param span characters in the article text
     * @param text the covered text, for readers of the JSON
     * @param form how it refers
     */
    public record Reference(Span span, String text, Form form) {
    }

    /** How a reference names its entity. */
    public enum Form {
        /** The full name or an inflection of it ("Wladimir Putin", "Putins"). */
        NAME,
        /** Part of the full name ("Putin" after "Wladimir Putin"). */
        SHORT_NAME,
        /** An abbreviation the article expands ("SZU"). */
        ABBREVIATION,
        /** A description standing for the name ("Der Diktator", "der neu gewählte Präsident"). */
        DESCRIPTION,
        /** A pronoun ("er", "ihm", "dieser"). */
        PRONOUN
    }
}
