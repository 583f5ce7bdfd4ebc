package org.hearsay.store.tracking;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.TimeExpression;

/**
 * What a claim is anchored to that reads the same in every language: the corpus entities of its
 * holder ({@code H:}) and subjects ({@code E:}), its deadline ({@code D:}), the normalised values of
 * the time expressions inside it ({@code T:}) and its numbers of two or more digits ({@code N:}). "Kessling:
 * Das Gesetz werde vor der Herbstpause am 2. Oktober verabschiedet" and "Kessling: the port law will
 * be passed before the autumn recess on 2 October" share no word but all of these.
 */
final class ClaimAnchors {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{N}{2,}(?![\\p{L}\\p{N}])");

    private ClaimAnchors() {
    }

    /** True unless both have subjects and share none: the rule claims of one language follow too. */
    static boolean shareSubject(Set<String> a, Set<String> b) {
        return Overlap.missingOrShared(a.stream().filter(x -> x.startsWith("E:")).toList(),
                b.stream().filter(x -> x.startsWith("E:")).toList());
    }

    /**
     * @param holderEntity the corpus entity of the claim's holder, or null
     * @param entityLinks  corpus entity id by article entity id
     * @param times        the article's time expressions
     * @param text         the article's text, which the claim's span points into
     */
    static TreeSet<String> of(Claim claim, String holderEntity, Map<String, String> entityLinks,
                              List<TimeExpression> times, String text) {
        TreeSet<String> anchors = new TreeSet<>();
        if (holderEntity != null) {
            anchors.add("H:" + holderEntity);
        }
        claim.subjects().stream().map(entityLinks::get).filter(Objects::nonNull).forEach(e -> anchors.add("E:" + e));
        if (claim.time() != null && claim.time().deadline() != null) {
            anchors.add("D:" + claim.time().deadline());
        }
        for (TimeExpression t : times) {
            if (t.value() != null && claim.span().start() <= t.span().start() && t.span().end() <= claim.span().end()) {
                anchors.add("T:" + t.value());
            }
        }
        Matcher numbers = NUMBER.matcher(text.substring(claim.span().start(), Math.min(claim.span().end(), text.length())));
        while (numbers.find()) {
            anchors.add("N:" + numbers.group());
        }
        return anchors;
    }
}
