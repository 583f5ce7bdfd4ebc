package org.hearsay.core.entities;

/**
 * A short form the article defines in parentheses: "ukrainischen Streitkräfte (SZU)" or "SZU
 * (ukrainische Streitkräfte)". Every use of {@code shortForm} then names the expansion's entity.
 *
 * @param shortForm the abbreviation as written ("SZU")
 * @param expansion the long form as a name, with its base form ("ukrainische Streitkräfte")
 */
public record Abbreviation(String shortForm, Candidate expansion) {
}
