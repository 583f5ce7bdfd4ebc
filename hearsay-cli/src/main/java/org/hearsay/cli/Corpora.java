package org.hearsay.cli;

import java.nio.file.Path;

/**
 * Where the shared evaluation corpora live by default: {@code ../shared/corpora} beside the
 * repository (the launcher passes the repository root), else beside the working directory.
 */
final class Corpora {
    private Corpora() {
    }

    static Path root() {
        String home = System.getProperty("hearsay.home");
        Path base = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        return base.resolve("../shared/corpora").normalize();
    }
}
