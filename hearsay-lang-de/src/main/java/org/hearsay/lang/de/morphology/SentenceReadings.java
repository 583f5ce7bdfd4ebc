package org.hearsay.lang.de.morphology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The words of one sentence with their UD tags and the dictionary readings still in the running.
 * Filters narrow the readings step by step; a filter that would leave a word with none leaves it
 * as it was, so a wrong guess never erases what the dictionary knows.
 */
final class SentenceReadings {
    private final List<String> forms;
    private final List<String> upos;
    private final List<List<Reading>> dictionary;
    private final List<List<Reading>> current;

    SentenceReadings(List<String> forms, List<String> upos, List<List<Reading>> dictionary) {
        if (forms.size() != upos.size() || forms.size() != dictionary.size()) {
            throw new IllegalArgumentException("forms, tags and readings differ in length: "
                    + forms.size() + ", " + upos.size() + ", " + dictionary.size());
        }
        this.forms = List.copyOf(forms);
        this.upos = new ArrayList<>(upos);
        this.dictionary = dictionary.stream().map(List::copyOf).toList();
        this.current = new ArrayList<>(this.dictionary);
    }

    int size() {
        return forms.size();
    }

    String form(int i) {
        return forms.get(i);
    }

    String lower(int i) {
        return forms.get(i).toLowerCase(Locale.ROOT);
    }

    String upos(int i) {
        return upos.get(i);
    }

    /** Overrides the tagger where the dictionary leaves no doubt about the word class. */
    void retag(int i, String tag) {
        upos.set(i, tag);
    }

    boolean uposIs(int i, String... tags) {
        if (i < 0 || i >= size()) {
            return false;
        }
        for (String tag : tags) {
            if (upos.get(i).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Readings still possible in context. */
    List<Reading> readings(int i) {
        return current.get(i);
    }

    /** Everything the dictionary lists for the form, whatever the context. */
    List<Reading> dictionaryReadings(int i) {
        return dictionary.get(i);
    }

    boolean any(int i, Predicate<Reading> test) {
        return current.get(i).stream().anyMatch(test);
    }

    boolean all(int i, Predicate<Reading> test) {
        return !current.get(i).isEmpty() && current.get(i).stream().allMatch(test);
    }

    /** Keeps the readings that pass; if none would, keeps all. Answers whether it narrowed. */
    boolean restrict(int i, Predicate<Reading> keep) {
        List<Reading> kept = current.get(i).stream().filter(keep).toList();
        if (kept.isEmpty() || kept.size() == current.get(i).size()) {
            return false;
        }
        current.set(i, kept);
        return true;
    }

    /** Keeps only the readings that pass, even if that leaves none (the word is then unknown here). */
    void keepOnly(int i, Predicate<Reading> keep) {
        current.set(i, current.get(i).stream().filter(keep).toList());
    }

    /** A word with a verb reading and a verbal UD tag. */
    boolean isVerbal(int i) {
        return uposIs(i, "VERB", "AUX") && any(i, Reading::isVerb);
    }

    boolean isPunctuation(int i) {
        return uposIs(i, "PUNCT");
    }

    /** Punctuation that separates clauses; brackets do not: "(SZU)" sits inside its clause. */
    boolean isClauseBoundary(int i) {
        return isPunctuation(i) && !"()[]{}".contains(forms.get(i));
    }
}
