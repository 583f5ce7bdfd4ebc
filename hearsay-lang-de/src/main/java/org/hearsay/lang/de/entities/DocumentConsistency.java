package org.hearsay.lang.de.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One name, one type per document. News repeats names, and the tagger decides each occurrence
 * on its own context, so it may call "Werstka" a location once and a person later, or miss a
 * repetition. This step
 * <ol>
 * <li>gives every occurrence of a name the type most of the evidence for it says (lists and
 *     describing nouns weigh more than the tagger);</li>
 * <li>types a surname alone like the full name seen in the document ("Trump" after
 *     "Donald Trump");</li>
 * <li>tags untagged repetitions of a name already tagged in the document.</li>
 * </ol>
 * Genitive forms count as the name ("Putins" is "Putin").
 */
final class DocumentConsistency {

    List<Candidate> apply(DocumentWords words, List<Candidate> candidates) {
        Map<String, String> typeByName = decideTypes(words, candidates);
        List<Candidate> result = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String decided = typeOf(typeByName, name(words, candidate.first(), candidate.end()));
            boolean overrule = decided != null && !decided.equals(candidate.type())
                    && candidate.evidence() == Candidate.Evidence.MODEL;
            result.add(overrule ? candidate.retyped(decided, Candidate.Evidence.DOCUMENT) : candidate);
        }
        addRepetitions(words, typeByName, result);
        result.sort(Comparator.comparingInt(Candidate::first));
        return result;
    }

    /** Weighted vote per name; the surnames of multi-word persons vote PER for themselves. */
    private static Map<String, String> decideTypes(DocumentWords words, List<Candidate> candidates) {
        // Insertion-ordered, so that a tie goes to the type the name had first: news introduces
        // a name with its clearest context.
        Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            String name = baseForm(votes, name(words, c.first(), c.end()));
            votes.computeIfAbsent(name, k -> new LinkedHashMap<>()).merge(c.type(), weight(c.evidence()), Integer::sum);
            if (c.type().equals("PER") && c.length() >= 2) {
                String surname = words.get(c.end() - 1);
                votes.computeIfAbsent(surname, k -> new LinkedHashMap<>()).merge("PER", weight(c.evidence()), Integer::sum);
            }
        }
        Map<String, String> decided = new HashMap<>();
        votes.forEach((name, byType) -> decided.put(name, winner(byType)));
        return decided;
    }

    private static String winner(Map<String, Integer> byType) {
        String best = null;
        for (Map.Entry<String, Integer> vote : byType.entrySet()) {
            if (best == null || vote.getValue() > byType.get(best)) {
                best = vote.getKey();
            }
        }
        return best;
    }

    private static int weight(Candidate.Evidence evidence) {
        return switch (evidence) {
            case MODEL, DOCUMENT, LEXICON -> 1;
            case CONTEXT -> 2;
            case GAZETTEER -> 3;
        };
    }

    /** Tags untagged occurrences of decided names, longest names first. */
    private static void addRepetitions(DocumentWords words, Map<String, String> typeByName, List<Candidate> candidates) {
        boolean[] covered = new boolean[words.size()];
        candidates.forEach(c -> markCovered(covered, c));
        int longest = typeByName.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(0);
        for (int length = longest; length >= 1; length--) {
            for (int first = 0; first + length <= words.size(); first++) {
                int end = first + length;
                if (!isFree(covered, first, end) || words.sentences().get(first) != words.sentences().get(end - 1).intValue()
                        || !words.isCapitalised(first)) {
                    continue;
                }
                String type = typeOf(typeByName, name(words, first, end));
                if (type != null) {
                    Candidate repetition = new Candidate(first, end, type, Candidate.Evidence.DOCUMENT);
                    candidates.add(repetition);
                    markCovered(covered, repetition);
                }
            }
        }
    }

    private static String typeOf(Map<String, String> typeByName, String name) {
        String type = typeByName.get(name);
        if (type == null && isGenitive(name)) {
            type = typeByName.get(name.substring(0, name.length() - 1));
        }
        return type;
    }

    /** Files a genitive under its base form when the base form is already known. */
    private static String baseForm(Map<String, ?> known, String name) {
        return isGenitive(name) && known.containsKey(name.substring(0, name.length() - 1))
                ? name.substring(0, name.length() - 1) : name;
    }

    private static boolean isGenitive(String name) {
        return name.length() > 3 && name.endsWith("s");
    }

    private static String name(DocumentWords words, int first, int end) {
        return String.join(" ", words.forms().subList(first, end));
    }

    private static boolean isFree(boolean[] covered, int first, int end) {
        for (int i = first; i < end; i++) {
            if (covered[i]) {
                return false;
            }
        }
        return true;
    }

    private static void markCovered(boolean[] covered, Candidate c) {
        for (int i = c.first(); i < c.end(); i++) {
            covered[i] = true;
        }
    }
}
