package org.hearsay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hearsay.core.export.LinkedDataFormat;
import org.hearsay.core.json.AnalysisJson;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.core.pipeline.ParseScope;
import org.hearsay.core.pipeline.PipelineOptions;
import org.hearsay.ingest.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hearsay analyze FILE|DIR|- …}: analyse articles and print or write the results. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles: plain text, HTML, RSS/Atom feeds, WARC files, folders, or - for stdin. Prints a readable summary per article, or one document per line with --format json, jsonld (schema.org) or prov (W3C PROV-O); --out DIR writes one pretty file per article instead.")
final class AnalyzeCommand implements Callable<Integer> {
    /** What to print; the linked-data formats name their export, the others are Hearsay's own. */
    enum Format {
        text(null), json(null), jsonld(LinkedDataFormat.SCHEMA_ORG), prov(LinkedDataFormat.PROV);

        final LinkedDataFormat linkedData;

        Format(LinkedDataFormat linkedData) {
            this.linkedData = linkedData;
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "text", description = "text (readable summary), json (analysis JSON), jsonld (schema.org NewsArticle and Claims as JSON-LD) or prov (W3C PROV-O attribution as JSON-LD); json, jsonld and prov print JSON Lines, one document per article. See docs/exports.md. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one file per article into DIR: NAME.ID.json (text, json), .jsonld (jsonld) or .prov.jsonld (prov).")
    Path out;

    @Option(names = "--parse-all", description = "Dependency-parse every sentence, not only those holding a quotation (slower).")
    boolean parseAll;

    @Option(names = "--threads", description = "Analysis threads. Default: number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (out != null) {
            Files.createDirectories(out);
        }
        BatchReport report = new BatchReport();
        try (Progress progress = Progress.start("analyse", -1);
             BatchAnalysis batch = new BatchAnalysis(ArticleReader.standard(), Analyzer.installed(pipelineOptions()),
                     Math.max(1, threads), outcome -> {
                         handle(outcome, stdout, stderr, report);
                         progress.step(report.shortStatus());
                     })) {
            for (String input : inputs) {
                if (input.equals("-")) {
                    batch.read(System.in, "stdin");
                } else {
                    batch.read(Path.of(input));
                }
            }
            batch.finish();
        }
        stderr.println("hearsay: " + report.summary());
        return report.failures() > 0 ? 1 : 0;
    }

    private PipelineOptions pipelineOptions() {
        return new PipelineOptions(parseAll ? ParseScope.ALL_SENTENCES : ParseScope.ATTRIBUTED_SENTENCES);
    }

    private void handle(Outcome outcome, PrintWriter stdout, PrintWriter stderr, BatchReport report) {
        switch (outcome) {
            case Outcome.Analysed a -> {
                report.recordAnalysed(a.analysis());
                emit(a.analysis(), stdout, stderr, report);
            }
            case Outcome.Failed f -> {
                report.recordFailure();
                stderr.println("hearsay: error: " + f.problem().userMessage());
            }
            case Outcome.Skipped s -> {
                report.recordSkip();
                stderr.println("hearsay: " + s.reason().userMessage());
            }
        }
        stdout.flush();
    }

    private void emit(Analysis analysis, PrintWriter stdout, PrintWriter stderr, BatchReport report) {
        LinkedDataFormat linkedData = format.linkedData;
        if (out == null) {
            stdout.println(switch (format) {
                case text -> TextSummary.of(analysis);
                case json -> AnalysisJson.writeLine(analysis);
                case jsonld, prov -> linkedData.writeLine(analysis);
            });
            return;
        }
        String extension = linkedData == null ? "json" : linkedData.extension();
        Path file = out.resolve(OutputNames.fileFor(analysis.article(), extension));
        try {
            String document = linkedData == null ? AnalysisJson.write(analysis) : linkedData.write(analysis);
            Files.writeString(file, document + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            report.recordFailure();
            stderr.println("hearsay: error: cannot write " + file + ": " + e.getMessage());
        }
    }
}
