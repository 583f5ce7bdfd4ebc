package org.hearsay.lang.en.dependencies;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Token;

/**
 * Tells whether a sentence may report speech: it holds a quotation mark or a cue from the
 * word list {@code cue-words.txt} (say, tell, claim, according to…).
 */
final class CueWords {
    static final String RESOURCE = "/org/hearsay/lang/en/cue-words.txt";

    /** Quotation marks as tokens; a lone apostrophe tagged POS is a possessive, not a quote. */
    private static final Set<String> QUOTE_MARKS = Set.of(
            "\"", "“", "”", "„", "‟", "‘", "’", "‚", "‛", "«", "»", "‹", "›", "'", "`", "``", "''");

    /** Cues (each a list of words) by their first word, so a token is looked up, not compared with every cue. */
    private static final Map<String, List<List<String>>> CUES_BY_FIRST_WORD = load();

    private CueWords() {
    }

    /** A hash of the cue list, so that editing it changes the pipeline's configuration hash. */
    static String fingerprint() {
        return ContentHash.of(new TreeMap<>(CUES_BY_FIRST_WORD).toString());
    }

    static boolean mayReportSpeech(List<Token> sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            if (isQuoteMark(sentence.get(i)) || startsCue(sentence, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuoteMark(Token token) {
        return QUOTE_MARKS.contains(token.form()) && !token.pos().equals("POS");
    }

    private static boolean startsCue(List<Token> sentence, int at) {
        Token token = sentence.get(at);
        return startsCue(CUES_BY_FIRST_WORD.get(lower(token.form())), sentence, at)
                || token.lemma() != null && startsCue(CUES_BY_FIRST_WORD.get(lower(token.lemma())), sentence, at);
    }

    private static boolean startsCue(List<List<String>> candidates, List<Token> sentence, int at) {
        if (candidates == null) {
            return false;
        }
        for (List<String> cue : candidates) {
            if (at + cue.size() <= sentence.size() && matches(cue, sentence, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<String> cue, List<Token> sentence, int at) {
        for (int k = 0; k < cue.size(); k++) {
            Token token = sentence.get(at + k);
            String word = cue.get(k);
            if (!lower(token.form()).equals(word) && (token.lemma() == null || !lower(token.lemma()).equals(word))) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<List<String>>> load() {
        InputStream in = CueWords.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("cue word list " + RESOURCE + " missing from the class path");
        }
        Map<String, List<List<String>>> cues = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> List.of(lower(line).split("\\s+")))
                    .forEach(cue -> cues.computeIfAbsent(cue.getFirst(), w -> new ArrayList<>()).add(cue));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<List<String>>> frozen = new HashMap<>();
        cues.forEach((word, list) -> frozen.put(word, List.copyOf(list)));
        return Map.copyOf(frozen);
    }
}
