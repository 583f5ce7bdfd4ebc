package org.hearsay.lang.de.quotes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.Span;
import org.hearsay.core.pipeline.Pipeline;
import org.hearsay.lang.de.dependencies.GermanDependencyStage;
import org.hearsay.lang.de.entities.GermanEntityStage;
import org.hearsay.lang.de.tokens.GermanTokenStage;

/** Test helper: the German pipeline up to quotations, built once per test JVM, and lookups. */
final class QuoteFixture {
    private QuoteFixture() {
    }

    private static final class Holder {
        static final GermanTokenStage TOKENS = new GermanTokenStage();
        static final GermanEntityStage ENTITIES = new GermanEntityStage();
        // Quotations before dependencies: the parser may limit itself to the sentences that carry one.
        static final Pipeline PIPELINE = new Pipeline(List.of(TOKENS, ENTITIES, new GermanQuotationStage(),
                new GermanDependencyStage()));
    }

    static Analysis analyse(String text) {
        return Holder.PIPELINE.analyze(article(text));
    }

    /** Tokens, entities and the given quotation stage. */
    static Analysis analyseWith(GermanQuotationStage stage, String text) {
        return new Pipeline(List.of(Holder.TOKENS, Holder.ENTITIES, stage)).analyze(article(text));
    }

    private static Article article(String text) {
        return new Article(ContentHash.of(text), "test", "text", null, null, null, null, null, "de", text, List.of());
    }

    static List<Quotation> quotations(Analysis analysis) {
        return analysis.get(Layers.QUOTATIONS);
    }

    /** The text of a quotation's words, pieces joined by " | ". */
    static String content(Analysis analysis, Quotation q) {
        return String.join(" | ", q.content().stream().map(analysis::textOf).toList());
    }

    static Source source(Analysis analysis, Quotation q) {
        return analysis.get(Layers.SOURCES).stream().filter(s -> s.id().equals(q.source())).findFirst()
                .orElseThrow(() -> new AssertionError("quotation without source: " + describe(analysis, q)));
    }

    static String text(Analysis analysis, Span span) {
        return span == null ? null : analysis.textOf(span);
    }

    static String describe(Analysis analysis, Quotation q) {
        return q.type() + " " + q.cueLemma() + " [" + content(analysis, q) + "] speaker=" + text(analysis, q.speaker())
                + " source=" + q.source();
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
