package org.hearsay.core.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hearsay.core.model.Token;

/** What makes a word an abbreviation and a phrase its long form, the same in every language. */
public final class ShortForms {
    private static final Pattern SHORT_FORM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Ll}0-9&.-]{0,6}\\p{Lu}\\.?");

    private ShortForms() {
    }

    /** Token indices of a "(" and its ")". */
    public record Parenthesis(int open, int close) {
    }

    /**
     * Every "(" that follows a word of its own sentence and closes within {@code maxInside} tokens:
     * where an abbreviation is defined, "ukrainischen Streitkräfte (SZU)" or "SZU (ukrainische
     * Streitkräfte)".
     */
    public static List<Parenthesis> parentheses(List<Token> tokens, int maxInside) {
        List<Parenthesis> found = new ArrayList<>();
        for (int open = 1; open + 2 < tokens.size(); open++) {
            if (!tokens.get(open).form().equals("(") || tokens.get(open - 1).sentence() != tokens.get(open).sentence()) {
                continue;
            }
            int close = open + 1;
            while (close < tokens.size() && close - open <= maxInside && !tokens.get(close).form().equals(")")) {
                close++;
            }
            if (close < tokens.size() && tokens.get(close).form().equals(")")) {
                found.add(new Parenthesis(open, close));
            }
        }
        return found;
    }

    /** A word of two to nine characters whose letters are mostly capitals: "SZU", "EZB", "GdP", "U.S.". */
    public static boolean shortForm(String word) {
        long capitals = word.chars().filter(Character::isUpperCase).count();
        long letters = word.chars().filter(Character::isLetter).count();
        return SHORT_FORM.matcher(word).matches() && capitals * 2 > letters;
    }

    /**
     * Whether the words of a long form can stand for the short form: not a capitalised dateline
     * ("WASHINGTON (AP)"), and one of them starts with the short form's first letter
     * ("ukrainischen Streitkräfte (SZU)", but not "New Orleans (USA)").
     */
    public static boolean fits(List<Token> tokens, int first, int end, String shortForm) {
        return fits(tokens.subList(first, end).stream().map(Token::form).toList(), shortForm);
    }

    /** {@link #fits(List, int, int, String)} on the long form's words. */
    public static boolean fits(List<String> longForm, String shortForm) {
        String first = longForm.get(0);
        if (first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT))) {
            return false;
        }
        char initial = Character.toLowerCase(shortForm.charAt(0));
        return longForm.stream().anyMatch(w -> !w.isEmpty() && Character.toLowerCase(w.charAt(0)) == initial);
    }
}
