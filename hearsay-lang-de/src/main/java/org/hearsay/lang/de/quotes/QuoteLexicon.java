package org.hearsay.lang.de.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Quotation.Medium;
import org.hearsay.core.text.WordLists;

/**
 * The German word lists of quotation analysis (resources in org/hearsay/lang/de/quotes): cue verbs,
 * "laut"-type attributions, relay phrases, source and outlet nouns, epithets, number words.
 * Immutable after loading.
 */
final class QuoteLexicon {
    /**
     * A reporting verb: its medium and which complements besides dass/Konjunktiv/quote it takes:
     * "als" (bezeichnete X als Y), "zu" (versprach, … zu tun), prepositions whose phrase is the
     * reported matter ("sprach von", "verwies auf") and "obj" for a reported object ("forderte
     * den Rücktritt").
     */
    record CueVerb(String lemma, Medium medium, boolean takesAls, boolean takesInfinitive, Set<String> prepositions,
                   boolean takesObject) {
    }

    /** "laut", "nach Angaben", "zufolge": the words, and whether the noun phrase follows them. */
    record AccordingTo(List<String> words, boolean phraseAfter) {
    }

    /** Affiliation word → anonymous-source type, matched inside a word (compounds: "Verteidigungsministerium") or, for "nah", at its end. */
    record AffiliationWord(String word, String type, boolean suffix) {
    }

    private final Map<String, CueVerb> cueVerbs = new HashMap<>();
    private final List<AccordingTo> accordingTo = new ArrayList<>();
    private final List<List<String>> relayPhrases = new ArrayList<>();
    private final List<List<String>> citingPhrases = new ArrayList<>();
    private final Map<String, String> sourceNouns = new HashMap<>();
    private final List<AffiliationWord> affiliationWords = new ArrayList<>();
    private final Set<String> outletNouns = new HashSet<>();
    private final List<String> outletNounHeads = new ArrayList<>();
    private final Set<String> outlets = new HashSet<>();
    private final Set<String> organisationNouns = new HashSet<>();
    private final Set<String> epithets = new HashSet<>();
    private final List<String> informationNouns = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Set<String> vagueNumbers = new HashSet<>();

    private final StringBuilder allRows = new StringBuilder();
    private final String fingerprint;

    private static final class Holder {
        static final QuoteLexicon STANDARD = new QuoteLexicon();
    }

    static QuoteLexicon standard() {
        return Holder.STANDARD;
    }

    private QuoteLexicon() {
        for (String[] row : rows("cue-verbs.txt")) {
            Medium medium = row[1].equals("-") ? null : Medium.valueOf(row[1]);
            Set<String> extra = row.length > 2 ? Set.of(row[2].split(",")) : Set.of();
            Set<String> prepositions = new HashSet<>(extra);
            prepositions.removeAll(Set.of("als", "zu", "obj"));
            cueVerbs.put(row[0], new CueVerb(row[0], medium, extra.contains("als"), extra.contains("zu"), Set.copyOf(prepositions),
                    extra.contains("obj")));
        }
        for (String[] row : rows("according-to.txt")) {
            accordingTo.add(new AccordingTo(List.of(row[0].toLowerCase(Locale.ROOT).split(" ")), row[1].equals("after")));
        }
        // Longest phrases first so "nach Angaben von" wins over "nach Angaben".
        accordingTo.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
        for (String[] row : rows("relay-verbs.txt")) {
            relayPhrases.add(List.of(row[0].split(" ")));
        }
        for (String[] row : rows("citing-phrases.txt")) {
            citingPhrases.add(List.of(row[0].split(" ")));
        }
        for (String[] row : rows("source-nouns.txt")) {
            sourceNouns.put(row[0], row[1]);
        }
        for (String[] row : rows("affiliation-types.txt")) {
            affiliationWords.add(new AffiliationWord(row[0], row[1], row.length > 2 && row[2].equals("suffix")));
        }
        for (String[] row : rows("outlet-nouns.txt")) {
            if (row[0].startsWith("*")) {
                outletNounHeads.add(row[0].substring(1));
            } else {
                outletNouns.add(row[0]);
            }
        }
        rows("outlets.txt").forEach(r -> outlets.add(r[0]));
        rows("organisation-nouns.txt").forEach(r -> organisationNouns.add(r[0]));
        rows("information-nouns.txt").forEach(r -> informationNouns.add(r[0].toLowerCase(Locale.ROOT)));
        rows("epithets.txt").forEach(r -> epithets.add(r[0].toLowerCase(Locale.ROOT)));
        for (String[] row : rows("numbers.txt")) {
            if (row[1].equals("-")) {
                vagueNumbers.add(row[0]);
            } else {
                numbers.put(row[0], Integer.parseInt(row[1]));
            }
        }
        fingerprint = ContentHash.of(allRows.toString());
    }

    /**
     * The reporting verb of a lemma, also under a particle the morphology fused with it
     * ("weitersagen" → "sagen", "hinzuerklären" → "erklären").
     */
    CueVerb cueVerb(String lemma) {
        if (lemma == null) {
            return null;
        }
        CueVerb verb = cueVerbs.get(lemma);
        for (String particle : VERB_PARTICLES) {
            if (verb == null && lemma.startsWith(particle) && lemma.length() > particle.length() + 3) {
                verb = cueVerbs.get(lemma.substring(particle.length()));
            }
        }
        return verb;
    }

    /** Particles that "sagte weiter" or "erklärte zudem" can fuse into the lemma. */
    private static final List<String> VERB_PARTICLES = List.of("weiter", "hinzu", "noch", "zudem", "nochmals", "dazu", "ferner");

    List<AccordingTo> accordingTo() {
        return accordingTo;
    }

    /** Relay phrases: the verb's lemma first, then the following words by form. */
    List<List<String>> relayPhrases() {
        return relayPhrases;
    }

    /** Phrases by which a reporting clause cites its sources ("unter Berufung auf"), word by word. */
    List<List<String>> citingPhrases() {
        return citingPhrases;
    }

    /** The anonymous-source type a source noun implies, or null when the lemma is no source noun. */
    String sourceNounType(String lemma) {
        if (lemma == null) {
            return null;
        }
        String type = sourceNouns.get(lemma);
        if (type != null) {
            return type;
        }
        // Compounds name the same kind of source by their head: "Polizeisprecher", "Finanzexperte".
        String lower = lemma.toLowerCase(Locale.ROOT);
        String longest = null;
        for (String noun : sourceNouns.keySet()) {
            String head = noun.toLowerCase(Locale.ROOT);
            if (head.length() >= MIN_COMPOUND_HEAD && lower.length() > head.length() && lower.endsWith(head)
                    && (longest == null || head.length() > longest.length())) {
                longest = noun;
            }
        }
        return longest == null ? null : sourceNouns.get(longest);
    }

    /** Shorter heads ("Rat") end too many unrelated words. */
    private static final int MIN_COMPOUND_HEAD = 5;

    /** A noun for a media outlet: listed as a whole word, or a compound ending in a listed head ("Wirtschaftsportal"). */
    boolean isOutletNoun(String lemma) {
        if (lemma == null) {
            return false;
        }
        String lower = lemma.toLowerCase(Locale.ROOT);
        return outletNouns.contains(lemma) || outletNounHeads.stream().anyMatch(lower::endsWith);
    }

    /** A noun that refers back to a named organisation ("das Unternehmen"), by whole lemma. */
    boolean isOrganisationNoun(String lemma) {
        return lemma != null && organisationNouns.contains(lemma);
    }

    boolean isOutlet(String name) {
        return outlets.contains(name);
    }

    /** A noun for a person by office or role; compounds count ("Außenminister", "RTL-Chefin"). */
    boolean isEpithet(String lemma) {
        if (lemma == null) {
            return false;
        }
        String lower = lemma.toLowerCase(Locale.ROOT);
        for (String e : epithets) {
            if (lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** A noun for what a source gave out ("Angaben", "Medienberichten", "Zeugenaussagen"), compounds included. */
    boolean isInformationNoun(String lemma) {
        if (lemma == null) {
            return false;
        }
        String lower = lemma.toLowerCase(Locale.ROOT);
        return informationNouns.stream().anyMatch(lower::endsWith);
    }

    /** The number a word states ("drei" → 3, "3" → 3), or null; see {@link #isVagueNumber}. */
    Integer number(String form) {
        String lower = form.toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(Character::isDigit) && !lower.isEmpty() && lower.length() < 5) {
            return Integer.parseInt(lower);
        }
        return numbers.get(lower);
    }

    /** "mehrere", "einige": a group of unstated size. */
    boolean isVagueNumber(String form) {
        return vagueNumbers.contains(form.toLowerCase(Locale.ROOT));
    }

    /** The anonymous-source type the words of an affiliation suggest, or null. */
    String affiliationType(String affiliation) {
        String[] words = affiliation.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (AffiliationWord a : affiliationWords) {
            for (String w : words) {
                boolean match = a.suffix() ? w.endsWith(a.word()) && w.length() > a.word().length() : w.contains(a.word());
                if (match) {
                    return a.type();
                }
            }
        }
        return null;
    }

    /** A hash over every list, so that editing one changes the pipeline's configuration hash. */
    String fingerprint() {
        return fingerprint;
    }

    private List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        for (String line : WordLists.lines(QuoteLexicon.class, resource)) {
            rows.add(line.split("\t"));
            allRows.append(resource).append(':').append(line).append('\n');
        }
        return rows;
    }
}
