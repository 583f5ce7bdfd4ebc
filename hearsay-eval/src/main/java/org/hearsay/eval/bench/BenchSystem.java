package org.hearsay.eval.bench;

import java.util.function.Supplier;
import org.hearsay.core.pipeline.ParseScope;
import org.hearsay.core.pipeline.PipelineOptions;

/** The systems {@code hearsay bench} can measure. */
public enum BenchSystem {
    /** As the CLI runs it: only sentences holding a quotation get a dependency parse. */
    HEARSAY("Hearsay German, full analysis, attributed sentences parsed", () -> new HearsayAnalyser(PipelineOptions.DEFAULT)),
    /** Every sentence parsed, as CoreNLP does: the like-for-like comparison. */
    HEARSAY_PARSE_ALL("Hearsay German, full analysis, all sentences parsed",
            () -> new HearsayAnalyser(new PipelineOptions(ParseScope.ALL_SENTENCES))),
    CORENLP("CoreNLP German, " + GermanCoreNlp.FULL, CoreNlpAnalyser::new);

    private final String title;
    private final Supplier<TextAnalyser> factory;

    BenchSystem(String title, Supplier<TextAnalyser> factory) {
        this.title = title;
        this.factory = factory;
    }

    public String title() {
        return title;
    }

    TextAnalyser load() {
        return factory.get();
    }
}
