package org.hearsay.lang.de;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Section;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Token;
import org.hearsay.core.pipeline.ParseScope;
import org.hearsay.core.pipeline.Pipeline;
import org.hearsay.core.pipeline.PipelineOptions;

/**
 * Test helper: one German token + dependency pipeline per test JVM (models load once, lazily),
 * and lookups into its results.
 */
final class GermanText {
    private GermanText() {
    }

    private static final class Holder {
        static final Pipeline PIPELINE = new Pipeline(new GermanLanguagePack().stages())
                .only(Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.DEPENDENCIES));
    }

    private static final class ParseAllHolder {
        static final Pipeline PIPELINE = new Pipeline(new GermanLanguagePack()
                .stages(new PipelineOptions(ParseScope.ALL_SENTENCES)))
                .only(Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.DEPENDENCIES));
    }

    static Pipeline pipeline() {
        return Holder.PIPELINE;
    }

    static Analysis analyse(String text) {
        return analyse(text, List.of());
    }

    /** Like {@link #analyse(String)}, but every sentence is dependency-parsed. */
    static Analysis analyseParsingAll(String text) {
        return ParseAllHolder.PIPELINE.analyze(article(text, List.of()));
    }

    static Pipeline parseAllPipeline() {
        return ParseAllHolder.PIPELINE;
    }

    static Analysis analyse(String text, List<Section> sections) {
        return Holder.PIPELINE.analyze(article(text, sections));
    }

    static Article article(String text, List<Section> sections) {
        return new Article(ContentHash.of(text), "test", "text", null, null, null, null, null, "de", text, sections);
    }

    /** The first token with this form; fails the test if there is none. */
    static Token token(Analysis analysis, String form) {
        return analysis.get(Layers.TOKENS).stream().filter(t -> t.form().equals(form)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + form + "' in " + forms(analysis)));
    }

    static List<String> forms(Analysis analysis) {
        return analysis.get(Layers.TOKENS).stream().map(Token::form).toList();
    }

    static List<String> sentenceTexts(Analysis analysis) {
        return analysis.get(Layers.SENTENCES).stream().map(Sentence::span).map(analysis::textOf).toList();
    }

    /** The seed article of the project's shared folder, when this checkout has it. */
    static Optional<String> seedArticle() throws java.io.IOException {
        for (String root : new String[] {"../shared", "../../shared"}) {
            Path path = Path.of(root, "seed/000_2a976e1a81791f92.txt");
            if (Files.isRegularFile(path)) {
                return Optional.of(Files.readString(path));
            }
        }
        return Optional.empty();
    }
}
