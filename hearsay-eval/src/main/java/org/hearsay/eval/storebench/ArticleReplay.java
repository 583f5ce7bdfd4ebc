package org.hearsay.eval.storebench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.PublicationTime;

/**
 * Turns a few analyses into as many distinct articles as wanted. Article {@code n} is analysis
 * {@code n mod size} with a marker line appended to its text ("Meldung 12345."): a new text, so a
 * new content hash, as the store's ids require, while every layer's spans stay valid (they end
 * before the marker). Each gets its own URL, an outlet of {@value #OUTLETS} and a publication time
 * drawn uniformly from {@link #FIRST_DAY} to {@link #LAST_DAY}.
 *
 * <p>Replays are near-exact copies of each other and repeat every claim: a corpus where
 * syndication is common, in which each copy finds its original and adds nothing to the candidate
 * indexes.
 */
final class ArticleReplay {
    static final int OUTLETS = 20;
    static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
    private static final long MINUTES = ChronoUnit.MINUTES.between(FIRST_DAY.atStartOfDay(), LAST_DAY.atTime(23, 59));

    private final List<Analysis> bases;
    private final Random random;

    ArticleReplay(List<Analysis> bases, long seed) {
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("nothing to replay");
        }
        this.bases = List.copyOf(bases);
        this.random = new Random(seed);
    }

    static String outlet(int index) {
        return "Bote " + (index + 1);
    }

    /** Article {@code n} (0-based); call in order of n, since the draws follow one random sequence. */
    Analysis article(int n) {
        Analysis base = base(n);
        Article a = base.article();
        String text = text(a, n);
        int outlet = random.nextInt(OUTLETS);
        LocalDateTime published = FIRST_DAY.atStartOfDay().plusMinutes((long) (random.nextDouble() * MINUTES));
        Article replayed = new Article(ContentHash.of(text), "storebench:" + a.origin() + "#" + n, a.format(),
                "https://bench.example/" + (outlet + 1) + "/" + n, outlet(outlet), a.title(), a.byline(),
                new PublicationTime(published, null, published.toString()), a.language(), text, a.sections());
        return new Analysis(replayed, base.provenance(), base.layers());
    }

    /** The analysis article {@code n} replays: its layers (claims among them) are the replay's. */
    Analysis base(int n) {
        return bases.get(n % bases.size());
    }

    /** The id article {@code n} is stored under, without drawing it (any n, in any order). */
    String id(int n) {
        return ContentHash.of(text(base(n).article(), n));
    }

    private static String text(Article base, int n) {
        return base.text() + "\n\nMeldung " + n + ".";
    }
}
