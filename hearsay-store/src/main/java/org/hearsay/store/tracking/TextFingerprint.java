package org.hearsay.store.tracking;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What near-duplicate detection compares: the set of an article's word 5-grams ("shingles", as
 * 64-bit hashes of the lower-cased words) and its MinHash signature cut into bands for
 * locality-sensitive lookup. With {@value #BANDS} bands of {@value #ROWS} rows two texts with
 * shingle Jaccard 0.5 share a band with probability 0.986, texts at 0.1 with 0.03: candidates are
 * then checked on their exact shingle sets.
 */
final class TextFingerprint {
    static final int SHINGLE = 5;
    static final int BANDS = 32;
    static final int ROWS = 3;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFingerprint() {
    }

    /** The hashed word 5-grams of a text; empty for a text of fewer than five words. */
    static Set<Long> shingles(String text) {
        String[] words = NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip().split(" ");
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < i + SHINGLE; j++) {
                h = mix(h ^ words[j].hashCode()) + j - i;
            }
            shingles.add(h);
        }
        return words.length < SHINGLE || words[0].isEmpty() ? Set.of() : shingles;
    }

    /** One key per band: a hash of the band's {@value #ROWS} MinHash values. */
    static long[] bandKeys(Set<Long> shingles) {
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long key = band;
            for (int row = 0; row < ROWS; row++) {
                long seed = mix(band * ROWS + row + 1L);
                long min = Long.MAX_VALUE;
                for (long shingle : shingles) {
                    min = Math.min(min, mix(shingle ^ seed));
                }
                key = mix(key ^ min);
            }
            keys[band] = key;
        }
        return keys;
    }

    static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared / (double) (a.size() + b.size() - shared);
    }

    /** SplitMix64's finaliser: a cheap hash that spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
