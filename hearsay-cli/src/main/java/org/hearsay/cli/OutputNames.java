package org.hearsay.cli;

import org.hearsay.core.model.Article;

/** File names for per-article output: readable (from the origin) and unique (the content id). */
final class OutputNames {
    private OutputNames() {
    }

    /** "zollgespraeche.3f2a….json" for extension "json"; the extension has no leading dot. */
    static String fileFor(Article article, String extension) {
        String origin = article.origin() == null ? "article" : article.origin();
        String base = origin.replaceAll("^.*[/\\\\]", "").replaceAll("\\.(txt|html?|xml|rss|atom|warc(\\.gz)?)$", "");
        String safe = base.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        if (safe.length() > 80) {
            safe = safe.substring(0, 80);
        }
        return (safe.isEmpty() ? "article" : safe) + "." + article.id() + "." + extension;
    }
}
