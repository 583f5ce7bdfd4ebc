package org.hearsay.lang.de.coreference;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hearsay.core.text.WordLists;

/**
 * The German word lists coreference needs: role nouns for descriptions (shared with the quotation
 * stage's epithets), place nouns that start a name ("Gebiet Kursk"), institution and organisation
 * nouns for names written as common nouns, aliases, metonyms, and the prepositions and message
 * nouns after which a place acts.
 */
final class CoreferenceLexicon {
    private static final CoreferenceLexicon STANDARD = new CoreferenceLexicon();

    private final List<String> roleNouns;
    final Set<String> placeNouns;
    final Set<String> actorPrepositions;
    private final List<String> messageNouns;
    private final List<String> genericRoles;
    private final List<String> institutionNouns;
    private final Set<String> organisationNouns;
    private final List<String> adjectiveSuffixes;
    final Map<String, String> aliases;
    final Map<String, String> metonyms;

    private CoreferenceLexicon() {
        roleNouns = lowerCase(WordLists.lines(CoreferenceLexicon.class, "/org/hearsay/lang/de/quotes/epithets.txt"));
        placeNouns = Set.copyOf(WordLists.lines(CoreferenceLexicon.class, "place-nouns.txt"));
        actorPrepositions = Set.copyOf(WordLists.lines(CoreferenceLexicon.class, "actor-prepositions.txt"));
        genericRoles = lowerCase(WordLists.lines(CoreferenceLexicon.class, "generic-roles.txt"));
        messageNouns = lowerCase(WordLists.lines(CoreferenceLexicon.class, "message-nouns.txt"));
        institutionNouns = lowerCase(WordLists.lines(CoreferenceLexicon.class, "institution-nouns.txt"));
        organisationNouns = Set.copyOf(lowerCase(WordLists.lines(CoreferenceLexicon.class,
                "/org/hearsay/lang/de/quotes/organisation-nouns.txt")));
        adjectiveSuffixes = lowerCase(WordLists.lines(CoreferenceLexicon.class, "adjective-suffixes.txt"));
        aliases = table("aliases.txt");
        metonyms = table("metonyms.txt");
    }

    static CoreferenceLexicon standard() {
        return STANDARD;
    }

    /** Changes whenever a list changes, for the stage's configuration hash. */
    String fingerprint() {
        return Integer.toHexString(List.of(roleNouns, placeNouns, actorPrepositions, messageNouns, genericRoles,
                institutionNouns, organisationNouns, adjectiveSuffixes, aliases, metonyms).hashCode());
    }

    /** Whether a noun's lemma is a role noun or a compound ending in one ("US-Präsident", "Außenminister"). */
    boolean roleNoun(String lemma) {
        return endsWithAny(lemma, roleNouns) || roleGender(lemma) != null;
    }

    /**
     * Fem for a feminine role noun: a listed one with the suffix "-in" ("Landrätin") or a listed
     * masculine one plus "-in" ("Oppositionsführerin"). Only needed where the dictionary does not
     * know the word or its gender.
     */
    String roleGender(String lemma) {
        String lower = lemma.toLowerCase(Locale.ROOT);
        return roleNouns.stream().anyMatch(r -> r.endsWith("in") && lower.endsWith(r) || lower.endsWith(r + "in")) ? "Fem" : null;
    }

    /** Whether a role noun says nothing about office ("Politiker", "Ex-Diktator"). */
    boolean genericRole(String lemma) {
        return endsWithAny(lemma, genericRoles);
    }

    /** Whether a noun's lemma is something sent out ("Signal", "Kritik"), compounds included. */
    boolean messageNoun(String lemma) {
        return endsWithAny(lemma, messageNouns);
    }

    /** Whether a noun's lemma is an institution noun or a compound ending in one ("Verteidigungsministerium"). */
    boolean institution(String lemma) {
        return endsWithAny(lemma, institutionNouns);
    }

    /** Whether a noun's lemma is a bare institution noun ("Ministerium"), which alone names no particular one. */
    boolean institutionNoun(String lemma) {
        return institutionNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a word is an organisation noun of the quotation stage's list ("Club", "Gruppe", "Stiftung"). */
    boolean organisationNoun(String word) {
        return organisationNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word looks like an adjective's stem ("International", "Europäisch"). */
    boolean adjectiveStem(String word) {
        return endsWithAny(word, adjectiveSuffixes);
    }

    private static boolean endsWithAny(String lemma, List<String> endings) {
        String lower = lemma.toLowerCase(Locale.ROOT);
        return endings.stream().anyMatch(lower::endsWith);
    }

    private static List<String> lowerCase(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static Map<String, String> table(String resource) {
        Map<String, String> map = new HashMap<>();
        for (String line : WordLists.lines(CoreferenceLexicon.class, resource)) {
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new IllegalStateException(resource + ": not two tab-separated cells: " + line);
            }
            map.put(cells[0], cells[1]);
        }
        return Map.copyOf(map);
    }
}
