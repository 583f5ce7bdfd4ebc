package org.hearsay.store.tracking;

/**
 * One entity across the corpus: every article entity and named source whose name folds to the same
 * key (case, diacritics, transliteration: "Kiew", "Kyiv" and "Kiev" are one) and has the same type.
 *
 * @param id   type and key, "LOC:kiv"
 * @param type PER, ORG, LOC or MISC (named persons are PER, organisations and outlets ORG)
 * @param name the spelling it was first stored under
 */
public record CorpusEntity(String id, String type, String name) {
}
