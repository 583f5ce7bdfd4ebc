/**
 * Tracking across the stored articles: corpus entities (names merged across spelling and
 * transliteration variants), claim clusters (the same claim in several articles), near-duplicate
 * articles, the claim lifecycle (pending, overdue, confirmed, contradicted, fulfilled, failed) with
 * its events, track records and timelines. {@link org.hearsay.store.tracking.Tracker} is the API;
 * {@link org.hearsay.store.tracking.CorpusLinker} derives the tracking rows when the store puts an
 * article. See docs/store.md, "Tracking across articles".
 */
package org.hearsay.store.tracking;
