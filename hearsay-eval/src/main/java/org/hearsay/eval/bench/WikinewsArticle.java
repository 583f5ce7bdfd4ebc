package org.hearsay.eval.bench;

/**
 * One article of the German Wikinews quotation corpus, as benchmark input.
 *
 * @param name its file name relative to the corpus folder
 * @param text the {@code originalText} field
 */
public record WikinewsArticle(String name, String text) {
}
