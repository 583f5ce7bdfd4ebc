package org.hearsay.lang.de.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Provenance;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.TimeExpression;
import org.hearsay.lang.de.tokens.GermanTokenStage;

/** Runs the German token and time stages over a test text published at a given time. */
final class TimeFixture {
    private static final GermanTokenStage TOKENS = new GermanTokenStage();
    private static final GermanTimeStage TIME = new GermanTimeStage();

    private TimeFixture() {
    }

    static List<TimeExpression> tag(String text, LocalDateTime published) {
        PublicationTime time = published == null ? null : new PublicationTime(published, null, published.toString());
        Article article = new Article(ContentHash.of(text), "test", "text", null, null, null, null, time, "de", text, List.of());
        Analysis analysis = Analysis.of(article, new Provenance("test", "test", List.of()));
        return TIME.apply(TOKENS.apply(analysis)).get(Layers.TIME_EXPRESSIONS);
    }

    /** The expression with exactly this text (the n-th one, counting from 0). */
    static TimeExpression find(List<TimeExpression> all, String text, int n) {
        List<TimeExpression> same = all.stream().filter(t -> t.text().equals(text)).toList();
        if (same.size() <= n) {
            throw new AssertionError("no expression '" + text + "' (#" + n + ") among " + all);
        }
        return same.get(n);
    }

    static TimeExpression find(List<TimeExpression> all, String text) {
        return find(all, text, 0);
    }

    /** A file of the project's shared folder, which lives outside the repository. */
    static Optional<Path> shared(String relative) {
        for (String root : new String[] {"../shared", "../../shared"}) {
            Path candidate = Path.of(root, relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
