package org.hearsay.eval.quotes;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * An invented article in the German Wikinews corpus's JSON format (test resource), text:
 * "„Wir kommen“, sagte Anna Berg, „morgen.“\nDer Bürgermeister erklärte den Bürgern, die Brücke sei sicher."
 * Annotations: a Direct Speech quotation in two pieces (tokens 0–3 and 9–12, speaker 6–7, cue 5,
 * frame 5–7) and an Indirect SW one (quote 19–23, speaker 13–14, cue 15, addressee 16–17, frame 13–18).
 */
final class WikinewsFixture {
    static final String FILE = "1 - Erfundener Artikel (2024-01-01).pretty.json";

    private WikinewsFixture() {
    }

    static Path folder() {
        try {
            return Path.of(WikinewsFixture.class.getResource("wikinews/" + FILE).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
