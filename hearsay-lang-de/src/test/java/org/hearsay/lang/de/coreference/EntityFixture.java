package org.hearsay.lang.de.coreference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.hearsay.core.pipeline.Pipeline;
import org.hearsay.lang.de.entities.GermanEntityStage;
import org.hearsay.lang.de.quotes.GermanQuotationStage;
import org.hearsay.lang.de.tokens.GermanTokenStage;

/** Test helper: the German pipeline up to entities, built once per test JVM, and lookups. */
final class EntityFixture {
    private EntityFixture() {
    }

    private static final class Holder {
        static final Pipeline PIPELINE = new Pipeline(List.of(new GermanTokenStage(), new GermanEntityStage(),
                new GermanQuotationStage(), new GermanCoreferenceStage()));
    }

    static Analysis analyse(String text) {
        Article article = new Article(ContentHash.of(text), "test", "text", null, null, null, null, null, "de", text, List.of());
        return Holder.PIPELINE.analyze(article);
    }

    /** The one entity with this canonical name; fails the test when there is none or several. */
    static Entity entity(Analysis analysis, String canonical) {
        List<Entity> matching = analysis.get(Layers.ENTITIES).stream().filter(e -> e.canonical().equals(canonical)).toList();
        if (matching.size() != 1) {
            throw new AssertionError(matching.size() + " entities '" + canonical + "' in " + table(analysis));
        }
        return matching.get(0);
    }

    /** The texts of an entity's references, in text order. */
    static List<String> texts(Entity entity) {
        return entity.references().stream().map(Entity.Reference::text).toList();
    }

    /** The entity whose references include one with exactly this text, or null. */
    static Entity referredToBy(Analysis analysis, String text) {
        return analysis.get(Layers.ENTITIES).stream()
                .filter(e -> e.references().stream().anyMatch(r -> r.text().equals(text))).findFirst().orElse(null);
    }

    /** The entity table, one line per entity, for failure messages. */
    static String table(Analysis analysis) {
        return analysis.get(Layers.ENTITIES).stream().map(e -> e.id() + " " + e.type() + " " + e.canonical()
                        + (e.abbreviation() == null ? "" : " (" + e.abbreviation() + ")")
                        + (e.standsFor() == null ? "" : " = " + e.standsFor())
                        + (e.source() == null ? "" : " source " + e.source()) + ": "
                        + e.references().stream().map(r -> r.text() + "/" + r.form()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n", "\n", "\n"));
    }

    /** The seed article of the project's shared folder, when this checkout has it. */
    static Optional<String> seedArticle() throws IOException {
        for (String root : new String[] {"../shared", "../../shared"}) {
            Path path = Path.of(root, "seed/000_2a976e1a81791f92.txt");
            if (Files.isRegularFile(path)) {
                return Optional.of(Files.readString(path));
            }
        }
        return Optional.empty();
    }
}
