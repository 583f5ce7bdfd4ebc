package org.hearsay.eval.quotes;

/**
 * A token of the German Wikinews quotation corpus.
 *
 * @param id        document-level index, from 0
 * @param charBegin first character in {@code originalText}
 * @param charEnd   end (exclusive)
 * @param sentence  sentence number as the corpus writes it (from 1)
 * @param word      position in the sentence as the corpus writes it (from 1)
 */
public record CorpusToken(int id, String text, int charBegin, int charEnd, int sentence, int word) {
}
