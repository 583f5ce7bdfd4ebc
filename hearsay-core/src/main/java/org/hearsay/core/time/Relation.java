package org.hearsay.core.time;

/** What a preposition says about the statement's time relative to the expression. */
public enum Relation {
    /** "vor", "before": the statement lies before it; a deadline at its first day. */
    BEFORE,
    /** "nach", "after". */
    AFTER,
    /** "bis", "until": up to and including it; a deadline at its last day. */
    UNTIL,
    /** "spätestens", "by", "no later than": a deadline at its last day. */
    BY,
    /** "seit", "since": from it until now. */
    SINCE;

    /** True when the relation makes the expression a deadline. */
    public boolean isDeadline() {
        return this == BEFORE || this == UNTIL || this == BY;
    }
}
