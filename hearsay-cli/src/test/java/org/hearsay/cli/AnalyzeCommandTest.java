package org.hearsay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hearsay.core.json.AnalysisJson;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the analyze command on our example article and on bad input, in one JVM. */
class AnalyzeCommandTest {
    static final Path EXAMPLE = Path.of("../examples/zollgespraeche.txt");

    @TempDir
    Path dir;

    @Test
    void summaryOfTheExampleArticleShowsLayoutEntitiesAndMood() {
        CliRun run = CliRun.of("analyze", EXAMPLE.toString());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("== Brüssel verhandelt über Zölle nur nach Rückzug der Stahlquoten"), out);
        assertTrue(out.contains("published: 2025-03-04T14:30 (no time zone given)"), out);
        assertTrue(out.contains("heading: Gespräche erst nach dem Ende der Quoten"), out);
        assertTrue(out.contains("heading: Einigung bis zum Sommer geplant"), out);
        assertTrue(out.contains("Ursula von der Leyen"), out);
        assertTrue(out.contains("Emmanuel Macron"), out);
        String persons = out.lines().filter(l -> l.startsWith("     PER ")).findFirst().orElse("");
        assertTrue(persons.contains("Ursula von der Leyen, Emmanuel Macron"), "adjacent names must stay apart: " + persons);
        String mood = out.lines().filter(l -> l.contains("Konjunktiv I")).findFirst().orElse("");
        for (String verb : List.of("sei", "erwecke", "habe", "erscheine")) {
            assertTrue(mood.matches(".*\\b" + verb + "\\b.*"), verb + " missing in: " + mood);
        }
        assertFalse(mood.matches(".*\\b(sagte|gibt|beginnt)\\b.*"), "indicative verbs listed as Konjunktiv I: " + mood);
        assertTrue(run.err().contains("1 article analysed"), run.err());
    }

    @Test
    void summaryListsDeadlinesSourcesAndQuotations() {
        CliRun run = CliRun.of("analyze", EXAMPLE.toString());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("until \"Ende des Monats\" → 2025-03 END · deadline 2025-03-31"), out);
        assertTrue(out.contains("\"28. April\" → 2025-04-28"), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("NAMED_PERSON") && l.contains("Ursula von der Leyen")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("DIRECT") && l.contains("sagte")
                && l.contains("kommissionsnaher Gesprächspartner") && l.contains("Wir verhandeln nur auf Augenhöhe")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("INDIRECT") && l.contains("betonte")
                && l.contains("Ursula von der Leyen")), out);
    }

    @Test
    void jsonLinesReadBackToTheSameAnalysis() throws IOException {
        CliRun run = CliRun.of("analyze", "--format", "json", EXAMPLE.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size());
        Analysis analysis = AnalysisJson.read(lines.get(0));
        assertEquals(lines.get(0), AnalysisJson.writeLine(analysis));
        assertEquals("de", analysis.article().language());
        assertEquals(2, analysis.article().sections().stream().filter(s -> s.kind() == SectionKind.HEADING).count());
        assertFalse(analysis.get(Layers.TOKENS).isEmpty());
        assertFalse(analysis.get(Layers.ENTITY_MENTIONS).isEmpty());
        assertFalse(analysis.get(Layers.DEPENDENCIES).isEmpty());
        analysis.get(Layers.ENTITY_MENTIONS).forEach(m -> assertEquals(m.text(), analysis.textOf(m.span())));
    }

    @Test
    void parseAllParsesEverySentenceWhereTheDefaultParsesOnlySpeechSentences() throws IOException {
        Analysis all = onlyAnalysis(CliRun.of("analyze", "--format", "json", "--parse-all", EXAMPLE.toString()));
        Analysis speech = onlyAnalysis(CliRun.of("analyze", "--format", "json", EXAMPLE.toString()));
        assertEquals(all.get(Layers.SENTENCES).size(), parsedSentences(all));
        long parsed = parsedSentences(speech);
        assertTrue(parsed > 0 && parsed < all.get(Layers.SENTENCES).size(), "parsed " + parsed);
    }

    private static Analysis onlyAnalysis(CliRun run) throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        return AnalysisJson.read(run.out().strip());
    }

    private static long parsedSentences(Analysis analysis) {
        return analysis.get(Layers.DEPENDENCIES).stream().filter(d -> d.head() < 0).count();
    }

    @Test
    void outWritesOneJsonFilePerArticle() throws IOException {
        Path english = write("storm.txt", """
                Storm closes harbour in Port Ellis
                The harbour authority said on Monday that all ferries would stay in port until the wind drops.
                "We will not risk a single crossing," harbour master Jane Okafor told reporters.
                """);
        CliRun run = CliRun.of("analyze", "--out", dir.resolve("out").toString(), EXAMPLE.toString(), english.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            files = s.sorted().toList();
        }
        assertEquals(2, files.size(), files.toString());
        for (Path file : files) {
            Analysis a = AnalysisJson.read(Files.readString(file));
            assertTrue(file.getFileName().toString().endsWith("." + a.article().id() + ".json"));
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().startsWith("storm.")));
    }

    @Test
    void badInputsAreReportedOnOneLineEachAndTheBatchGoesOn() throws IOException {
        Path empty = write("empty.txt", "");
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0, 0});
        Path missing = dir.resolve("missing.txt");
        CliRun run = CliRun.of("analyze", empty.toString(), binary.toString(), missing.toString(), EXAMPLE.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("== Brüssel verhandelt"), "the good article is still analysed");
        List<String> errors = run.err().lines().filter(l -> l.startsWith("hearsay: error: ")).toList();
        assertEquals(3, errors.size(), run.err());
        assertTrue(errors.get(0).contains("empty.txt"), errors.toString());
        assertTrue(errors.get(1).contains("image.txt"), errors.toString());
        assertTrue(errors.get(2).contains("missing.txt"), errors.toString());
        assertFalse(run.err().contains("\tat "), "no stack traces for user errors: " + run.err());
        assertTrue(run.err().contains("3 failed"), run.err());
    }

    @Test
    void unsupportedLanguagesAreSkippedWithAMessage() throws IOException {
        Path french = write("meteo.txt", """
                La tempête ferme le port de Saint-Malo
                Les autorités portuaires ont annoncé lundi que tous les ferries resteront à quai jusqu'à ce que le vent faiblisse. \
                Les passagers sont invités à consulter le site de la compagnie avant de se déplacer.
                """);
        CliRun run = CliRun.of("analyze", french.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("meteo.txt: language 'fr' is not supported"), run.err());
        assertTrue(run.err().contains("1 skipped"), run.err());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
