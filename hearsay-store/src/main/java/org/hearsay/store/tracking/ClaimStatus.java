package org.hearsay.store.tracking;

import java.util.Locale;

/**
 * Where a claim stands. Every claim starts {@link #PENDING}; a person moves it with a resolution
 * (and can move it again: each change is an event, the history is kept). {@link #OVERDUE} is never
 * stored: a pending trackable claim is overdue once its judgeable-from day (the day after its
 * deadline) has come, as of the date a question is asked.
 */
public enum ClaimStatus {
    PENDING, CONFIRMED, CONTRADICTED, FULFILLED, FAILED, OVERDUE;

    /** The value in the database's status columns. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClaimStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Whether the claim has been judged: it held (confirmed, fulfilled) or it did not (contradicted, failed). */
    public boolean resolved() {
        return this == CONFIRMED || this == CONTRADICTED || this == FULFILLED || this == FAILED;
    }

    /** For a resolved status, whether the claim held; the outcome a Brier score compares with. */
    public boolean held() {
        if (!resolved()) {
            throw new IllegalStateException(this + " is not a resolution");
        }
        return this == CONFIRMED || this == FULFILLED;
    }
}
