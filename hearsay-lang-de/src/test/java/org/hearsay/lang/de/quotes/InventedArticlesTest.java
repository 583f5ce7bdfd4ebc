package org.hearsay.lang.de.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invented articles in the styles the seed article lacks (agency report, press release,
 * interview, a paper retelling another outlet, anonymous government sources) against their
 * expected quotations and sources: {@code articles/NAME.txt} with {@code NAME-quotations.tsv}
 * and {@code NAME-sources.tsv}, in the format of the seed gold. Every expected quotation must be
 * found with its type and speaker, and none beyond them.
 */
class InventedArticlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"agentur", "pressemitteilung", "interview", "zeitungsbericht", "regierungskreise"})
    void quotationsAndSourcesAsExpected(String name) throws IOException {
        Analysis analysis = QuoteFixture.analyse(resource("articles/" + name + ".txt"));
        Map<String, Source> sources = expectedSources(analysis, name);
        List<String> wrong = new ArrayList<>();
        List<String[]> expected = rows(name + "-quotations.tsv");
        for (String[] row : expected) {
            String cue = row[2].equals("-") ? null : row[2];
            Optional<Quotation> found = QuoteFixture.quotations(analysis).stream()
                    .filter(q -> Objects.equals(cue, q.cueLemma()) && QuoteFixture.content(analysis, q).startsWith(row[4]))
                    .findFirst();
            if (found.isEmpty()) {
                wrong.add(row[0] + ": not found");
                continue;
            }
            Quotation q = found.get();
            String source = row[3].equals("-") ? null : sources.get(row[3]).id();
            if (!Set.of(row[1].split("\\|")).contains(q.type().name()) || !Objects.equals(source, q.source())) {
                wrong.add(row[0] + ": " + QuoteFixture.describe(analysis, q));
            }
        }
        assertEquals(List.of(), wrong, name);
        assertEquals(expected.size(), QuoteFixture.quotations(analysis).size(), name + ": "
                + QuoteFixture.quotations(analysis).stream().map(q -> QuoteFixture.describe(analysis, q)).toList());
    }

    /** The sources of the sources file, each found once by the start of its name, with kind, type, count and mentions. */
    private static Map<String, Source> expectedSources(Analysis analysis, String name) throws IOException {
        Map<String, Source> byKey = new HashMap<>();
        for (String[] row : rows(name + "-sources.tsv")) {
            List<Source> matching = analysis.get(Layers.SOURCES).stream().filter(s -> s.name().startsWith(row[2])).toList();
            assertEquals(1, matching.size(), name + ": sources named '" + row[2] + "…': " + analysis.get(Layers.SOURCES));
            Source s = matching.get(0);
            assertEquals(row[1], s.kind().name(), name + " " + row[0]);
            assertEquals(row[3].equals("-") ? null : row[3], s.anonymousType(), name + " " + row[0]);
            assertEquals(row[4].equals("-") ? null : Integer.valueOf(row[4]), s.count(), name + " " + row[0]);
            if (row.length > 5) {
                List<String> mentions = s.mentions().stream().map(analysis::textOf).toList();
                assertTrue(mentions.containsAll(List.of(row[5].split("\\|"))), name + " " + row[0] + ": " + mentions);
            }
            byKey.put(row[0], s);
        }
        return byKey;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = InventedArticlesTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String[]> rows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : resource("articles/" + resource).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t"));
            }
        }
        return rows;
    }
}
