package org.hearsay.core.lexicon;

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
import java.util.TreeMap;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Token;

/**
 * A list of cue expressions (one per line, words separated by spaces, {@code #} comments) matched
 * against tokens by form or lemma, case-insensitively: "sagen" matches "sagte", "according to"
 * matches two tokens. Language packs ship the lists; the matching is the same everywhere.
 */
public final class CueLexicon {
    /** Cues (each a list of words) by their first word, so a token is looked up, not compared with every cue. */
    private final Map<String, List<List<String>>> cuesByFirstWord;
    private final String fingerprint;

    private CueLexicon(Map<String, List<List<String>>> cuesByFirstWord) {
        this.cuesByFirstWord = cuesByFirstWord;
        this.fingerprint = ContentHash.of(new TreeMap<>(cuesByFirstWord).toString());
    }

    /** Loads a list shipped as a class-path resource beside {@code owner}'s package root. */
    public static CueLexicon load(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("cue list " + resource + " missing from the class path");
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
        return new CueLexicon(Map.copyOf(frozen));
    }

    /** A hash of the list, so that editing it changes a pipeline's configuration hash. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Whether a cue starts at token {@code at} of the sentence. */
    public boolean startsAt(List<Token> sentence, int at) {
        Token token = sentence.get(at);
        return startsAt(cuesByFirstWord.get(lower(token.form())), sentence, at)
                || token.lemma() != null && startsAt(cuesByFirstWord.get(lower(token.lemma())), sentence, at);
    }

    /** Whether any cue occurs in the sentence. */
    public boolean occursIn(List<Token> sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            if (startsAt(sentence, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(List<List<String>> candidates, List<Token> sentence, int at) {
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
}
