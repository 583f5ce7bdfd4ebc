package org.hearsay.core.model;

/**
 * One link of a relay chain: the source {@code relay} passes on what {@code source} told it
 * ("Das Portal beruft sich auf drei Quellen" → portal relays the three sources). The article
 * itself is the end of every chain and has no id.
 *
 * @param relay  id of the relaying source (the outlet, the journalists)
 * @param source id of the source it relays
 * @param cue    the words that establish the link ("beruft sich auf")
 */
public record SourceRelay(String relay, String source, Span cue) {
}
