package org.hearsay.core.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Claim.Polarity;

/**
 * Links claims that say the same thing twice in one article (the lead and the body, two sources).
 * Claims are compared by their content words and entities ({@link Gist}), with the same polarity
 * and a compatible modality (the same one, or both looking ahead: "Putin wird vorschlagen, …, wenn
 * …" and "es wäre Putin, der … vorschlagen würde, wenn …"; the article's forecast and a minister's
 * "Wir werden …"). A later claim restates an earlier one when
 * <ul>
 * <li>they share at least {@value #MIN_SHARED} words, at least {@value #MIN_OVERLAP} of the
 *     smaller claim's, not counting words that a quarter of the article's claims use (the topic:
 *     "Kursk" in an article about Kursk tells no two claims apart); or</li>
 * <li>both have the same modality and a condition, and they share a word of what they commit to
 *     and a word of their conditions ("keine Friedensverhandlungen …, bis das Gebiet Kursk befreit
 *     ist" – "keine Gespräche …, solange die Streitkräfte im Gebiet Kursk bleiben").</li>
 * </ul>
 * Compound words count as shared when one ends with the other ("Friedensverhandlungen" –
 * "Verhandlungen"). Claims stay separate, each with its holder.
 */
final class Restatements {
    static final int MIN_SHARED = 2;
    static final double MIN_OVERLAP = 0.5;
    /** The shorter word of a compound pair must be this long, so that endings do not match. */
    private static final int MIN_HEAD = 5;
    /** Below this many claims no word is too common to count. */
    private static final int MIN_TOPIC_CLAIMS = 4;

    /**
     * What a claim is compared by: the keys of what it says and of its condition (content words,
     * entities as "#id").
     */
    record Gist(Set<String> said, Set<String> condition, Modality modality, Polarity polarity) {
        Set<String> all() {
            Set<String> all = new HashSet<>(said);
            all.addAll(condition);
            return all;
        }
    }

    private Restatements() {
    }

    /** For each claim, the indices of the earlier claims it restates. */
    static List<List<Integer>> link(List<Gist> gists) {
        Set<String> topic = topic(gists);
        List<Set<String>> specific = new ArrayList<>();
        for (Gist g : gists) {
            Set<String> keys = g.all();
            keys.removeAll(topic);
            specific.add(keys);
        }
        List<List<Integer>> links = new ArrayList<>();
        for (int i = 0; i < gists.size(); i++) {
            List<Integer> earlier = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (restates(gists.get(i), gists.get(j), specific.get(i), specific.get(j))) {
                    earlier.add(j);
                }
            }
            links.add(earlier);
        }
        return links;
    }

    /** Words that more than a quarter of the claims use (when there are enough claims to tell). */
    private static Set<String> topic(List<Gist> gists) {
        Map<String, Integer> claimsUsing = new HashMap<>();
        gists.forEach(g -> g.all().forEach(k -> claimsUsing.merge(k, 1, Integer::sum)));
        Set<String> topic = new HashSet<>();
        int limit = Math.max(MIN_TOPIC_CLAIMS, gists.size() / 4);
        claimsUsing.forEach((k, n) -> {
            if (n > limit) {
                topic.add(k);
            }
        });
        return topic;
    }

    private static boolean restates(Gist a, Gist b, Set<String> aKeys, Set<String> bKeys) {
        if (a.polarity() != b.polarity() || !compatible(a.modality(), b.modality())) {
            return false;
        }
        int smaller = Math.min(aKeys.size(), bKeys.size());
        int shared = shared(aKeys, bKeys);
        if (shared >= MIN_SHARED && shared >= MIN_OVERLAP * smaller) {
            return true;
        }
        return a.modality() == b.modality() && !a.condition().isEmpty() && !b.condition().isEmpty()
                && shared(a.said(), b.said()) > 0 && shared(a.condition(), b.condition()) > 0;
    }

    private static int shared(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String key : a) {
            if (b.stream().anyMatch(other -> same(key, other))) {
                shared++;
            }
        }
        return shared;
    }

    private static boolean compatible(Modality a, Modality b) {
        return a == b || ClaimRules.looksAhead(a) && ClaimRules.looksAhead(b);
    }

    private static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= MIN_HEAD && !shorter.startsWith("#") && longer.endsWith(shorter);
    }
}
