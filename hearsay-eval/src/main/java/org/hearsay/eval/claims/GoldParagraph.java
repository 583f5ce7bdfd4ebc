package org.hearsay.eval.claims;

import java.time.LocalDate;
import java.util.List;

/**
 * One paragraph of the gold set, analysed as an article of its own.
 *
 * @param id        "de-07", "en-12": language and number, printed with every error
 * @param language  ISO 639-1 code
 * @param published publication day, the anchor of relative dates and deadlines
 * @param outlet    the invented outlet that published it, or null
 * @param text      the paragraph
 * @param claims    every claim the paragraph makes, in text order
 */
public record GoldParagraph(String id, String language, LocalDate published, String outlet, String text,
                            List<GoldClaim> claims) {

    public GoldParagraph {
        claims = List.copyOf(claims);
    }
}
