package org.hearsay.core.model;

import java.util.List;

/**
 * What someone asserts, the unit users track: a statement with its holder, what kind of
 * commitment it is (order, promise, forecast…), whether it is negated, under which condition and
 * by when. Every quotation gives claims, and so does every assertion the article makes itself.
 *
 * @param id            article-unique id ("c1", "c2"…)
 * @param holder        id of the {@link Source} that asserts it, or null when the article asserts it
 *                      itself
 * @param relayedBy     ids of the sources it passed through before the article, outermost first
 *                      (as in {@link Quotation#relayedBy()})
 * @param quotation     index into the quotations layer of the quotation it comes from, or null for
 *                      the article's own assertions
 * @param span          the original words (one sentence or clause of a quotation, or of the text)
 * @param proposition   a short normalised text of what is claimed: reporting frame, conjunction and
 *                      quote marks removed, pronouns of known entities replaced by their names
 * @param subjects      ids of the {@link Entity entities} it is about, in text order
 * @param modality      what kind of statement it is
 * @param polarity      whether it asserts or denies its proposition
 * @param orientation   whether it speaks about the past, the present or the future
 * @param condition     the condition it is tied to ("solange …", "only if …"), or null
 * @param time          the deadline or time window that goes with it, or null
 * @param trackable     true for forward-looking claims a person can later judge true or false
 * @param question      for trackable claims, the question to answer later, in the article's
 *                      language ("Wurde bis 31.12.2024 …?"); null otherwise
 * @param judgeableFrom for trackable claims, the first day (ISO date) on which the question can be
 *                      answered: the day after the deadline, or null when any day will do
 * @param confidence    how sure the extraction is, 0..1 (not how sure the holder is)
 * @param restates      ids of earlier claims of the same article this one restates (the same
 *                      proposition from the lead and the body, or from two sources); linked, never
 *                      merged
 */
public record Claim(String id, String holder, List<String> relayedBy, Integer quotation, Span span, String proposition,
                    List<String> subjects, Modality modality, Polarity polarity, Orientation orientation,
                    Condition condition, ClaimTime time, boolean trackable, String question, String judgeableFrom,
                    double confidence, List<String> restates) {

    public Claim {
        relayedBy = relayedBy == null ? List.of() : List.copyOf(relayedBy);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        restates = restates == null ? List.of() : List.copyOf(restates);
    }

    /** What kind of commitment a claim is. */
    public enum Modality {
        /** A plain statement of fact ("Die Zahl hat sich verdoppelt"). */
        STATEMENT,
        /** A position or judgement ("nur aus einer Position der Stärke"). */
        STANCE,
        /** Someone was ordered to do something ("es gibt einen Befehl, … zu säubern"). */
        ORDER,
        /** Someone intends or prepares to do something ("plant", "soll … eingesetzt werden"). */
        PLAN,
        /** Someone will not do something ("keine Gespräche, solange …", "lehnt ab"). */
        REFUSAL,
        /** Someone commits to something ("versprach, … zu beenden"). */
        PROMISE,
        /** Something is expected to happen ("wird vorschlagen", "dürfte", "expects"). */
        FORECAST,
        /** An event fixed in a calendar ("tritt am 20. Januar sein Amt an"). */
        SCHEDULED,
        /** Only a condition is stated ("erst wenn …, dann …" with no commitment beyond it). */
        CONDITION,
        /** Someone says something is not so ("bestritt", "dementierte", "denied"). */
        DENIAL
    }

    /** Whether a claim asserts or negates its proposition. */
    public enum Polarity { POSITIVE, NEGATIVE }

    /** Which time a claim speaks about. */
    public enum Orientation { PAST, PRESENT, FUTURE }

    /**
     * The condition a claim depends on.
     *
     * @param span the condition clause or phrase, with its cue ("solange die Ukrainer …")
     * @param text the covered text, for readers of the JSON
     * @param cue  the word(s) introducing it ("solange", "erst wenn", "unless")
     * @param kind what the cue means
     */
    public record Condition(Span span, String text, String cue, ConditionKind kind) {
    }

    /** What a condition's cue means. */
    public enum ConditionKind {
        /** "wenn", "falls", "if". */
        IF,
        /** "nur wenn", "erst wenn", "nur nach", "only if", "only after". */
        ONLY_IF,
        /** "solange", "as long as", "while". */
        AS_LONG_AS,
        /** "bis" (as a conjunction), "until". */
        UNTIL,
        /** "es sei denn", "außer wenn", "unless". */
        UNLESS,
        /** "sobald", "once", "as soon as". */
        ONCE
    }

    /**
     * The time that goes with a claim, taken from the time layer.
     *
     * @param span     the time expression's span
     * @param text     the covered text
     * @param value    its TIMEX3 value, or null
     * @param relation its relation (BEFORE, UNTIL, BY…), or null
     * @param deadline the last day (ISO date) by which the claim must hold, or null
     */
    public record ClaimTime(Span span, String text, String value, String relation, String deadline) {
    }
}
