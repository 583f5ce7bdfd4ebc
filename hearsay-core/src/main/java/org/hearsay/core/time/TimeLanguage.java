package org.hearsay.core.time;

import java.util.List;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;

/** What a language pack tells {@link TimeTagger} about its time phrases. */
public interface TimeLanguage {
    /**
     * Time phrases in one sentence.
     *
     * @param sentence  the sentence's text
     * @param following the next sentence's text (empty for the last one), for phrases the sentence
     *                  splitter cut apart ("am 11., 18. und 25. März")
     */
    List<Found> find(String sentence, String following);

    /** Event-anchored phrases of one sentence ("vor der Amtseinführung von Donald Trump"). */
    List<Mention> eventPhrases(String text, List<Token> tokens, int sentence);

    /** Event nouns of one sentence that a date elsewhere in the text may give the day of. */
    List<EventNoun> eventNouns(List<Token> tokens, int sentence);

    /** Which way the clause around {@code span} points in time, from its tense. */
    Direction tense(List<Token> tokens, Span span);

    /** What a preposition ending {@code before} says about the time phrase that follows, or null. */
    Relation relationBefore(String before);

    /**
     * Whether the phrase at {@code span} describes the noun after it ("by the Feb. 23 accord",
     * "before Friday's purchases"): the preposition then governs that noun, and its deadline says
     * nothing about which way the date lies. False where word order cannot tell (German puts objects
     * after a deadline: "bis Freitag Unterlagen einreichen").
     */
    default boolean modifiesNoun(List<Token> tokens, Span span) {
        return false;
    }
}
