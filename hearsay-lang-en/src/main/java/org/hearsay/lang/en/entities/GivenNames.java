package org.hearsay.lang.en.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * About 14,600 given names: the name-gender list of CoreNLP's deterministic coreference
 * resolver, shipped in the English models jar (so no second copy lives in this module). Many double as surnames ("Harris", "King"),
 * so membership says a word <em>can</em> start a name, not that it does.
 */
final class GivenNames {
    static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private GivenNames() {
    }

    static boolean contains(String word) {
        return Holder.NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final class Holder {
        static final Set<String> NAMES = load();

        private static Set<String> load() {
            InputStream in = GivenNames.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("given-name list " + RESOURCE + " missing from the class path");
            }
            Set<String> names = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                // Lines are "name<TAB>GENDER".
                reader.lines().map(line -> line.split("\t", 2)[0].trim())
                        .filter(name -> !name.isEmpty())
                        .forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(names);
        }
    }
}
