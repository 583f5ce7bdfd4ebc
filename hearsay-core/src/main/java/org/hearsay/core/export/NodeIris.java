package org.hearsay.core.export;

import java.nio.charset.StandardCharsets;
import org.hearsay.core.model.Article;

/**
 * The IRIs that name an article's nodes in the linked-data exports: {@code urn:hearsay:<articleId>}
 * for the article and {@code urn:hearsay:<articleId>:<kind>:<id>} for what it holds. The article id
 * is a hash of its text, so the same article gets the same IRIs in every run and in every export.
 *
 * @param article the article's IRI, the prefix of all others
 */
public record NodeIris(String article) {

    public static NodeIris of(Article article) {
        return new NodeIris("urn:hearsay:" + encode(article.id()));
    }

    public String claim(String claimId) {
        return article + ":claim:" + encode(claimId);
    }

    public String source(String sourceId) {
        return article + ":source:" + encode(sourceId);
    }

    /** The organisation an anonymous source is placed in ("aus dem Kreml"). */
    public String affiliation(String sourceId) {
        return source(sourceId) + ":affiliation";
    }

    /** What a source told, as one whole: the thing quotations quote and relays pass on. */
    public String statement(String sourceId) {
        return article + ":statement:" + encode(sourceId);
    }

    public String entity(String entityId) {
        return article + ":entity:" + encode(entityId);
    }

    /** A quotation by its index in the quotations layer (0-based, as {@code Claim.quotation}). */
    public String quotation(int index) {
        return article + ":quotation:" + index;
    }

    /** The outlet that published the article. */
    public String publisher() {
        return article + ":publisher";
    }

    /** Ids come from our own stages, but an IRI must stay one even if one holds a space or colon. */
    private static String encode(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
