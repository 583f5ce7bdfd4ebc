package org.hearsay.lang.de.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hearsay.core.model.Span;
import org.hearsay.core.text.WordLists;

/**
 * Mends three gaps of CoreNLP's German segmentation, all common in news:
 * <ul>
 *   <li>it knows few abbreviations, so in "3,5 Mio. Euro" it splits off the stop and ends the
 *       sentence; the stop is glued back and the sentence re-joined;</li>
 *   <li>an ordinal before a capitalised noun ("des 3. Bataillons") ends the sentence the same way;</li>
 *   <li>it reads the German closing quote “ as an opening one, so in "… können.“ Die …" the quote
 *       starts the next sentence; a quote mark touching the end of a sentence belongs to it.</li>
 * </ul>
 */
final class SentenceRepair {
    static final String ABBREVIATIONS_LIST = "abbreviations.txt";
    private static final Set<String> ABBREVIATIONS = load();
    /** Abbreviations that often end a sentence; after them a capital letter starts a new one. */
    private static final Set<String> SENTENCE_FINAL = Set.of("usw", "etc", "ff", "Chr", "Co", "Ltd", "jr", "Jr");
    private static final Set<String> MONTHS = Set.of("Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni",
            "Juli", "August", "September", "Oktober", "November", "Dezember");
    /** Words after which a number with a stop is an ordinal: "des 3.", "am 1.", "seit dem 20.". */
    private static final Set<String> BEFORE_ORDINALS = Set.of("der", "die", "das", "des", "dem", "den", "ein", "eine",
            "einer", "eines", "einem", "einen", "am", "im", "zum", "zur", "vom", "beim", "ins", "ans", "bis", "ab",
            "seit", "vor", "nach", "für", "mit", "von", "zu", "in", "an", "auf", "über", "unter", "bei", "seinem",
            "seiner", "seines", "ihrem", "ihrer", "ihres", "„", "\"", "»", "(");
    private static final Set<String> QUOTES = Set.of("“", "”", "„", "\"", "«", "»", "‘", "’", "‚", "'", "‹", "›");

    private SentenceRepair() {
    }

    /** The sentences of one block with abbreviation stops attached and wrong breaks undone. */
    static List<List<Word>> apply(String text, List<List<Word>> sentences) {
        List<List<Word>> repaired = new ArrayList<>();
        for (List<Word> sentence : sentences) {
            List<Word> rest = new ArrayList<>(sentence);
            List<Word> previous = repaired.isEmpty() ? null : repaired.getLast();
            if (previous != null) {
                moveClosingQuotes(previous, rest);
            }
            if (rest.isEmpty()) {
                continue;
            }
            if (previous != null && previous.size() >= 2 && wronglyEnded(previous, rest.getFirst())) {
                Word stop = previous.removeLast();
                previous.add(glue(text, previous.removeLast(), stop));
                previous.addAll(rest);
            } else {
                repaired.add(rest);
            }
        }
        return repaired.stream().map(SentenceRepair::glueInside).toList();
    }

    private static void moveClosingQuotes(List<Word> previous, List<Word> next) {
        while (!next.isEmpty() && QUOTES.contains(next.getFirst().form())
                && touches(previous.getLast(), next.getFirst())) {
            previous.add(next.removeFirst());
        }
    }

    /** Within a sentence the splitter may also have cut an abbreviation off its stop. */
    private static List<Word> glueInside(List<Word> sentence) {
        List<Word> out = new ArrayList<>(sentence.size());
        for (Word word : sentence) {
            Word before = out.isEmpty() ? null : out.getLast();
            if (before != null && isStop(word) && touches(before, word) && ABBREVIATIONS.contains(before.form())) {
                out.removeLast();
                out.add(new Word(new Span(before.span().start(), word.span().end()), before.form() + ".", false));
            } else {
                out.add(word);
            }
        }
        return out;
    }

    private static boolean wronglyEnded(List<Word> sentence, Word next) {
        Word stop = sentence.getLast();
        Word before = sentence.get(sentence.size() - 2);
        if (!isStop(stop) || !touches(before, stop) || before.contracted()) {
            return false;
        }
        if (ABBREVIATIONS.contains(before.form())) {
            return !SENTENCE_FINAL.contains(before.form()) || !startsUpperCase(next.form());
        }
        if (!isNumber(before.form())) {
            return false;
        }
        String wordBefore = sentence.size() >= 3
                ? sentence.get(sentence.size() - 3).form().toLowerCase(Locale.ROOT)
                : "";
        return MONTHS.contains(next.form()) || ABBREVIATIONS.contains(next.form()) || startsLowerCase(next.form())
                || BEFORE_ORDINALS.contains(wordBefore);
    }

    private static Word glue(String text, Word word, Word stop) {
        Span span = new Span(word.span().start(), stop.span().end());
        return new Word(span, span.of(text), false);
    }

    private static boolean isStop(Word word) {
        return word.form().equals(".") && !word.contracted();
    }

    private static boolean touches(Word left, Word right) {
        return left.span().end() == right.span().start();
    }

    private static boolean isNumber(String form) {
        return !form.isEmpty() && form.chars().allMatch(Character::isDigit);
    }

    private static boolean startsUpperCase(String form) {
        return !form.isEmpty() && Character.isUpperCase(form.codePointAt(0));
    }

    private static boolean startsLowerCase(String form) {
        return !form.isEmpty() && Character.isLowerCase(form.codePointAt(0));
    }

    private static Set<String> load() {
        return Set.copyOf(WordLists.lines(SentenceRepair.class, "/org/hearsay/lang/de/" + ABBREVIATIONS_LIST));
    }
}
