package org.hearsay.core.model;

/**
 * A temporal expression normalised in the style of TimeML's TIMEX3, plus what a reader of claims
 * needs from it: how a preposition relates it to the statement ("bis", "vor", "seit") and, for
 * "until"/"by"/"before", the deadline date that follows.
 *
 * <p>The span is the time phrase itself without its preposition (TimeML extent: "Ende des Jahres"
 * in "bis Ende des Jahres"); {@code relation} keeps what the preposition meant. Phrases anchored to
 * an event ("vor der Amtseinführung") span the event's noun phrase and name the event.
 *
 * @param span       characters in the article text
 * @param text       the covered text, for readers of the JSON
 * @param type       TIMEX3 type
 * @param value      TIMEX3 value ("2024-11-12", "2024-W46", "2024-08", "P1D", "PT2H", "PAST_REF",
 *                   "2024-11-11TEV", "XXXX-WXX-1"…), or null when it could not be determined
 * @param mod        TIMEX3 mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN…, or null
 * @param relation   what the governing preposition says about the statement's time:
 *                   BEFORE, AFTER, UNTIL, BY, SINCE, or null
 * @param anchor     span of the expression or date phrase the value was computed from when it was
 *                   not the publication time (the antecedent of "an diesem Tag", the date given for
 *                   an event), or null
 * @param event      the event an event-anchored phrase refers to ("Amtseinführung von Donald
 *                   Trump"), or null
 * @param deadline   the last day (ISO date) a statement with relation UNTIL, BY or BEFORE can be
 *                   met by, or null
 * @param unresolved why {@code value} is null or only partly known (no publication date, impossible
 *                   date, event date not stated in the text…), or null when fully resolved
 */
public record TimeExpression(Span span, String text, Type type, String value, String mod, String relation,
                             Span anchor, String event, String deadline, String unresolved) {

    /** TIMEX3 types. */
    public enum Type { DATE, TIME, DURATION, SET }
}
