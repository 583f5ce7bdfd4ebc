package org.hearsay.lang.de.entities;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds files of the project's shared folder (real news and corpora, kept outside the repository).
 * Maven runs tests in the module folder, a developer may run them from the repository root, so
 * both {@code ../shared} and {@code ../../shared} are tried.
 */
final class SharedData {
    static final String SEED_ARTICLE = "seed/000_2a976e1a81791f92.txt";
    static final String GERMEVAL_DEV = "corpora/germeval2014/NER-de-dev.tsv";

    private SharedData() {
    }

    static Optional<Path> find(String relative) {
        for (String root : new String[] {"../shared", "../../shared"}) {
            Path candidate = Path.of(root, relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
