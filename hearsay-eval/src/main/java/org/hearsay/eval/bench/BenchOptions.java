package org.hearsay.eval.bench;

import java.nio.file.Path;
import java.util.Set;

/**
 * @param corpus      the quotes-de-wikinews folder (train/ and dev/ below it)
 * @param articles    use the first N articles (file-name order); 0 for all 850
 * @param warmup      analyses run before measuring, to load lazy parts and let the JIT compile
 * @param minArticles measure at least this many analyses, replaying the articles as needed;
 *                    0 for exactly one pass over them
 * @param minSeconds  and go on replaying until at least this long was measured
 * @param threads     worker threads in each system's JVM; throughput is reported per thread
 * @param heap        the {@code -Xmx} of each system's JVM, e.g. "4g"; the same for all systems
 * @param systems     which systems to measure, one JVM each, one after the other
 */
public record BenchOptions(Path corpus, int articles, int warmup, int minArticles, double minSeconds,
                           int threads, String heap, Set<BenchSystem> systems) {
    public static final Path DEFAULT_CORPUS = Path.of("../shared/corpora/quotes-de-wikinews");

    public BenchOptions {
        if (articles < 0 || warmup < 0 || minArticles < 0 || minSeconds < 0) {
            throw new IllegalArgumentException("counts and durations cannot be negative");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (!heap.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("heap must look like -Xmx's value, e.g. 4g");
        }
        systems = Set.copyOf(systems);
    }
}
