package org.hearsay.eval.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.Span;

/**
 * A claim the system found, with the words that name its holder in the article: the holder
 * source's name and the text of each of its mentions, so that a gold holder given as any of these
 * ("Keller" for "Bürgermeisterin Anja Keller") can be recognised.
 *
 * @param claim       the claim as the claims stage produced it
 * @param holderNames the holder's name and mention texts; empty when the article asserts it
 */
public record PredictedClaim(Claim claim, List<String> holderNames) {

    public PredictedClaim {
        holderNames = List.copyOf(holderNames);
    }

    /**
     * @param sources the article's sources by id
     * @param text    the article text the mentions point into
     */
    public static PredictedClaim of(Claim claim, Map<String, Source> sources, String text) {
        if (claim.holder() == null) {
            return new PredictedClaim(claim, List.of());
        }
        Source source = sources.get(claim.holder());
        if (source == null) {
            // A holder id without a source cannot name anyone; the id keeps it from reading as the article.
            return new PredictedClaim(claim, List.of(claim.holder()));
        }
        List<String> names = new ArrayList<>();
        names.add(source.name());
        for (Span mention : source.mentions()) {
            String words = mention.of(text);
            if (!names.contains(words)) {
                names.add(words);
            }
        }
        return new PredictedClaim(claim, names);
    }

    public boolean byArticle() {
        return holderNames.isEmpty();
    }
}
