package org.hearsay.lang.en.coreference;

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
import org.hearsay.core.text.WordLists;

/**
 * The English word lists coreference needs: role nouns (the quotation stage's epithets plus
 * ours), aliases, metonyms, the prepositions and message nouns after which a place acts, clause
 * openers, the small words inside long names, and the gender of honorifics and of given names
 * (the latter from CoreNLP's coreference models).
 */
final class EnglishCoreferenceLexicon {
    private static final EnglishCoreferenceLexicon STANDARD = new EnglishCoreferenceLexicon();
    /** "name<TAB>MALE|FEMALE" lines of CoreNLP's deterministic coreference resolver, in the English models jar. */
    private static final String NAME_GENDERS = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private final List<String> roleNouns;
    private final List<String> messageNouns;
    private final List<String> genericRoles;
    final Set<String> actorPrepositions;
    final Set<String> subordinators;
    final Set<String> nameConnectors;
    final Map<String, String> honorifics;
    final Map<String, String> aliases;
    final Map<String, String> metonyms;
    private final Map<String, String> givenNameGenders;

    private EnglishCoreferenceLexicon() {
        List<String> roles = new ArrayList<>(WordLists.lines(EnglishCoreferenceLexicon.class,
                "/org/hearsay/lang/en/quotes/epithets.txt"));
        roles.addAll(WordLists.lines(EnglishCoreferenceLexicon.class, "role-nouns.txt"));
        roleNouns = List.copyOf(roles);
        messageNouns = WordLists.lines(EnglishCoreferenceLexicon.class, "message-nouns.txt");
        genericRoles = WordLists.lines(EnglishCoreferenceLexicon.class, "generic-roles.txt");
        actorPrepositions = Set.copyOf(WordLists.lines(EnglishCoreferenceLexicon.class, "actor-prepositions.txt"));
        subordinators = Set.copyOf(WordLists.lines(EnglishCoreferenceLexicon.class, "subordinators.txt"));
        nameConnectors = Set.copyOf(WordLists.lines(EnglishCoreferenceLexicon.class, "name-connectors.txt"));
        honorifics = table("honorifics.txt");
        aliases = table("aliases.txt");
        metonyms = table("metonyms.txt");
        givenNameGenders = nameGenders();
    }

    static EnglishCoreferenceLexicon standard() {
        return STANDARD;
    }

    /** Changes whenever a list changes, for the stage's configuration hash. */
    String fingerprint() {
        return Integer.toHexString(List.of(roleNouns, messageNouns, genericRoles, actorPrepositions, subordinators,
                nameConnectors, honorifics, aliases, metonyms, givenNameGenders).hashCode());
    }

    boolean roleNoun(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        return roleNouns.stream().anyMatch(lower::endsWith);
    }

    /** Whether a role noun says nothing about office ("politician", "dictator"). */
    boolean genericRole(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        return genericRoles.stream().anyMatch(lower::endsWith);
    }

    boolean messageNoun(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        return messageNouns.stream().anyMatch(lower::endsWith);
    }

    /** Masc or Fem for a given name the list knows, else null. */
    String genderOfGivenName(String name) {
        return givenNameGenders.get(name.toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> table(String resource) {
        Map<String, String> map = new HashMap<>();
        for (String line : WordLists.lines(EnglishCoreferenceLexicon.class, resource)) {
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new IllegalStateException(resource + ": not two tab-separated cells: " + line);
            }
            map.put(cells[0], cells[1]);
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> nameGenders() {
        InputStream in = EnglishCoreferenceLexicon.class.getClassLoader().getResourceAsStream(NAME_GENDERS);
        if (in == null) {
            throw new IllegalStateException("given-name genders " + NAME_GENDERS + " missing from the class path");
        }
        Map<String, String> genders = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t");
                if (cells.length == 2 && (cells[1].equals("MALE") || cells[1].equals("FEMALE"))) {
                    genders.put(cells[0].trim().toLowerCase(Locale.ROOT), cells[1].equals("MALE") ? "Masc" : "Fem");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + NAME_GENDERS, e);
        }
        return Map.copyOf(genders);
    }
}
