package org.hearsay.lang.de.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Provenance;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;

/**
 * Builds an analysis with SENTENCES and TOKENS from already tokenised sentences: the text is the
 * words joined by single spaces, one sentence per line. Lets the entity stage be tested without
 * depending on the German tokenizer's exact splits.
 */
final class PreTokenized {
    private PreTokenized() {
    }

    /** Splits each sentence at spaces; handy for invented test sentences. */
    static Analysis ofSentences(String... sentences) {
        List<List<String>> words = new ArrayList<>();
        for (String sentence : sentences) {
            words.add(List.of(sentence.trim().split(" +")));
        }
        return of(words);
    }

    /**
     * Tokenises real text with a plain regular expression (words with inner hyphens and
     * apostrophes, numbers, single other characters) and splits sentences at line breaks and at
     * ". ", "! ", "? " before a capital — enough for entity tests on running text, with true offsets.
     */
    static Analysis ofText(String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        int sentenceFirst = 0;
        while (word.find()) {
            tokens.add(new Token(tokens.size(), new Span(word.start(), word.end()), sentences.size(),
                    word.group(), null, null, Map.of()));
            if (endsSentence(text, word.end())) {
                sentences.add(sentence(sentences.size(), tokens, sentenceFirst));
                sentenceFirst = tokens.size();
            }
        }
        if (sentenceFirst < tokens.size()) {
            sentences.add(sentence(sentences.size(), tokens, sentenceFirst));
        }
        return analysis(text, sentences, tokens);
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:[-'’][\\p{L}\\p{N}]+)*|\\p{N}+(?:[.,:]\\p{N}+)*|\\S");

    private static boolean endsSentence(String text, int end) {
        if (end >= text.length() || text.charAt(end) == '\n') {
            return true;
        }
        char last = text.charAt(end - 1);
        return (last == '.' || last == '!' || last == '?') && end + 1 < text.length()
                && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }

    private static Sentence sentence(int index, List<Token> tokens, int first) {
        return new Sentence(index, new Span(tokens.get(first).span().start(), tokens.get(tokens.size() - 1).span().end()),
                first, tokens.size());
    }

    static Analysis of(List<List<String>> sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentenceLayer = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (List<String> words : sentences) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            int sentenceStart = text.length();
            int firstToken = tokens.size();
            for (String word : words) {
                if (text.length() > sentenceStart) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(word);
                tokens.add(new Token(tokens.size(), new Span(start, text.length()), sentenceLayer.size(),
                        word, null, null, Map.of()));
            }
            sentenceLayer.add(new Sentence(sentenceLayer.size(), new Span(sentenceStart, text.length()),
                    firstToken, tokens.size()));
        }
        return analysis(text.toString(), sentenceLayer, tokens);
    }

    private static Analysis analysis(String text, List<Sentence> sentences, List<Token> tokens) {
        Article article = new Article(ContentHash.of(text), "test", "text", null, null, null, null, null,
                "de", text, List.of());
        return Analysis.of(article, new Provenance("test", "test", List.of()))
                .with(Layers.SENTENCES, sentences)
                .with(Layers.TOKENS, tokens);
    }
}
