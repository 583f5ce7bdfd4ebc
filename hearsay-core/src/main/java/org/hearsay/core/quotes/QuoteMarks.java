package org.hearsay.core.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.hearsay.core.model.Span;

/**
 * Finds quotations by their marks in every typographic convention: German „…“ and ‚…‘, English
 * “…” and ‘…’, guillemets »…« and «…», ›…‹ and ‹…›, Swedish ”…”, straight "…" and '…', and
 * sloppy mixtures („…” or „…"). Quotes nest; a quote still open at the end of a paragraph ends
 * there and is marked unclosed, so a forgotten mark never swallows the rest of the article.
 *
 * <p>One left-to-right pass with a stack of open quotes: linear time, no backtracking, so no input
 * can make it loop. Stateless and thread-safe.
 */
public final class QuoteMarks {
    private QuoteMarks() {
    }

    /** All quotes in the text; paragraphs end at line breaks. Sorted by opening position. */
    public static List<QuotedSpan> scan(String text) {
        return scan(text, 0, text.length());
    }

    /** The quotes within [from, to) of the text; paragraphs end at line breaks and at {@code to}. */
    public static List<QuotedSpan> scan(String text, int from, int to) {
        List<QuotedSpan> found = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029') {
                closeAllUnclosed(stack, i, found);
                continue;
            }
            if (!isMark(c)) {
                continue;
            }
            if (isApostrophe(text, i, from, to)) {
                continue;
            }
            Open closed = closable(stack, text, i, from, to);
            if (closed != null) {
                while (stack.peek() != closed) {
                    Open inner = stack.pop();
                    found.add(unclosed(inner, i, stack.size()));
                }
                stack.pop();
                found.add(new QuotedSpan(closed.at, i, new Span(closed.at + 1, i), stack.size(), false));
            } else if (opens(text, i, from, to)) {
                stack.push(new Open(i, c));
            }
        }
        closeAllUnclosed(stack, to, found);
        found.sort(Comparator.comparingInt(QuotedSpan::open));
        return found;
    }

    private record Open(int at, char mark) {
    }

    private static void closeAllUnclosed(Deque<Open> stack, int end, List<QuotedSpan> found) {
        while (!stack.isEmpty()) {
            Open open = stack.pop();
            found.add(unclosed(open, end, stack.size()));
        }
    }

    private static QuotedSpan unclosed(Open open, int end, int depth) {
        int contentEnd = Math.max(open.at + 1, end);
        return new QuotedSpan(open.at, -1, new Span(open.at + 1, contentEnd), depth, true);
    }

    static boolean isMark(char c) {
        return "\"'„“”‚‘’»«›‹‟‛".indexOf(c) >= 0;
    }

    /**
     * The open quote this mark closes. The innermost quote first; a symmetric mark that looks like
     * an opening ("„Er nannte "gut" …") closes it only when it is the same straight mark, which
     * cannot nest. Below the
     * top only when the mark cannot open a quote here: then it also ends the inner quotes that were
     * never closed. Null when the mark closes nothing.
     */
    private static Open closable(Deque<Open> stack, String text, int i, int from, int to) {
        char c = text.charAt(i);
        Open top = stack.peek();
        if (top == null) {
            return null;
        }
        boolean canOpen = opens(text, i, from, to);
        boolean sameStraightMark = top.mark == c && (c == '"' || c == '\'');
        if (closes(top.mark, c) && (sameStraightMark || !symmetric(c) || !canOpen)) {
            return top;
        }
        if (canOpen) {
            return null;
        }
        for (Open open : stack) {
            if (closes(open.mark, c)) {
                return open;
            }
        }
        return null;
    }

    /** Which closing marks each opening mark accepts, sloppy variants included. */
    private static boolean closes(char open, char close) {
        return switch (open) {
            case '„', '‟' -> close == '“' || close == '”' || close == '"';
            case '“' -> close == '”' || close == '“' || close == '"';
            case '”' -> close == '”' || close == '“';
            case '"' -> close == '"' || close == '“' || close == '”';
            case '‚', '‛' -> close == '‘' || close == '’' || close == '\'';
            case '‘' -> close == '’' || close == '‘' || close == '\'';
            case '\'' -> close == '\'' || close == '’' || close == '‘';
            case '»' -> close == '«';
            case '«' -> close == '»';
            case '›' -> close == '‹';
            case '‹' -> close == '›';
            default -> false;
        };
    }

    /** Whether the mark at i can open a quote: only marks that may stand first, and not before a space. */
    private static boolean opens(String text, int i, int from, int to) {
        char c = text.charAt(i);
        return switch (c) {
            case '„', '‟', '‚', '‛', '»', '«', '›', '‹' -> !followedBySpaceOrEnd(text, i, to);
            case '“', '”', '"', '‘', '\'' -> leftFlanking(text, i, from, to);
            default -> false; // ’ is an apostrophe far more often than an opening mark
        };
    }

    private static boolean symmetric(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '“' || c == '‘';
    }

    /**
     * Space, bracket, dash or an opening mark before, a word after: looks like an opening. A mark
     * followed by punctuation ("…«“, sagte") closes.
     */
    private static boolean leftFlanking(String text, int i, int from, int to) {
        boolean spaceBefore = i == from || Character.isWhitespace(text.charAt(i - 1))
                || "([{–—-/„‚".indexOf(text.charAt(i - 1)) >= 0;
        return spaceBefore && !followedBySpaceOrEnd(text, i, to) && ",.;:!?)]".indexOf(text.charAt(i + 1)) < 0;
    }

    private static boolean followedBySpaceOrEnd(String text, int i, int to) {
        return i + 1 >= to || Character.isWhitespace(text.charAt(i + 1));
    }

    /** ' or ’ between two letters ("Putin’s", "geht's") is an apostrophe, not a quote mark. */
    private static boolean isApostrophe(String text, int i, int from, int to) {
        char c = text.charAt(i);
        if (c != '\'' && c != '’') {
            return false;
        }
        boolean letterBefore = i > from && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean letterAfter = i + 1 < to && Character.isLetter(text.charAt(i + 1));
        return letterBefore && (letterAfter || c == '\'' && i + 1 < to && text.charAt(i + 1) == 's');
    }
}
