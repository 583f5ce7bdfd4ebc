package org.hearsay.store.tracking;

import java.util.Set;
import org.hearsay.core.model.Claim;

/**
 * Modalities that can report the same claim: "X will build Y" may be a promise in one outlet and a
 * plan in another, but never the same claim as a denial. Claims are clustered only within a family.
 */
enum ModalityFamily {
    /** What is or was so, and what someone thinks of it. */
    ASSERTION,
    /** What someone will do: promised, planned, ordered or scheduled. */
    COMMITMENT,
    /** What is expected, or expected under a condition. */
    EXPECTATION,
    /** What someone will not do, or says is not so. */
    REJECTION;

    static ModalityFamily of(Claim.Modality modality) {
        return switch (modality) {
            case STATEMENT, STANCE -> ASSERTION;
            case PROMISE, PLAN, ORDER, SCHEDULED -> COMMITMENT;
            case FORECAST, CONDITION -> EXPECTATION;
            case REFUSAL, DENIAL -> REJECTION;
        };
    }

    /**
     * Whether claims in two languages with these families can be one claim: the same family, or a
     * commitment and an expectation, which the languages' rules tell apart differently ("das Gesetz
     * wird verabschiedet" is scheduled, "the law will be passed" a forecast).
     */
    boolean comparableAcrossLanguages(ModalityFamily other) {
        return this == other || Set.of(COMMITMENT, EXPECTATION).containsAll(Set.of(this, other));
    }
}
