package org.hearsay.core.claims;

import java.time.LocalDate;
import java.util.List;
import org.hearsay.core.model.Claim.ClaimTime;
import org.hearsay.core.model.Claim.Condition;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Claim.Orientation;

/** The language-neutral decisions about a claim: its modality from the cues found, and whether it can be tracked. */
final class ClaimRules {
    /**
     * Which cue wins when a clause has several: a report that a commitment was kept or broken
     * first ("made good on its promise"), then the more specific commitment ("lehnt den Plan ab" is
     * a refusal, "hat den Befehl erhalten" an order even with "wird").
     */
    private static final List<Modality> PRECEDENCE = List.of(Modality.STATEMENT, Modality.DENIAL, Modality.REFUSAL, Modality.ORDER,
            Modality.PROMISE, Modality.SCHEDULED, Modality.PLAN, Modality.FORECAST, Modality.STANCE);

    private ClaimRules() {
    }

    /** Modalities that commit to or expect something later. */
    static boolean looksAhead(Modality m) {
        return switch (m) {
            case ORDER, PLAN, PROMISE, FORECAST, SCHEDULED, CONDITION -> true;
            default -> false;
        };
    }

    /**
     * The modality the cues of a clause give, or null when none does. A scheduled-event cue
     * ("Amtseinführung", "takes office") counts only when the clause names the day.
     */
    static Modality fromCues(List<CueLexicon.Match> cues, boolean negated, boolean namesDay) {
        Modality best = null;
        for (CueLexicon.Match cue : cues) {
            Modality m = cue.modality(negated);
            if (m == null || m == Modality.SCHEDULED && !namesDay) {
                continue;
            }
            if (best == null || PRECEDENCE.indexOf(m) < PRECEDENCE.indexOf(best)) {
                best = m;
            }
        }
        return best;
    }

    /**
     * What a clause without a cue word tells about its modality.
     *
     * @param orientation the orientation of its verbs, with its time taken into account
     * @param condition   its condition, or null
     * @param futureDay   it names a single day after publication
     * @param ownAct      a quoted speaker speaks of what they themselves do ("wir", "we")
     * @param negated     its clause is negated
     */
    record Clue(Orientation orientation, Condition condition, boolean futureDay, boolean ownAct, boolean negated) {
    }

    /**
     * The modality of a clause without a cue word: a past one is a STATEMENT; a speaker's own future
     * or conditional act is a PROMISE, negated a REFUSAL, even on a named day ("Wir schicken noch vor
     * dem 20. März zwei Flugzeuge", "Ich werde am 1. Mai einen Bericht vorlegen", "…, setzen wir uns
     * nicht an den Tisch, wenn …"); one that happens on a future day is SCHEDULED ("Das Konzert
     * beginnt am 14. März um 18 Uhr", "The final will be played on 20 March"); any other claim about the future is a FORECAST ("wird vorschlagen, …, wenn
     * …"); a condition alone makes a CONDITION ("es wäre Putin, der … vorschlagen würde, wenn …");
     * anything else is a STATEMENT.
     */
    static Modality withoutCue(Clue clue) {
        if (clue.orientation() == Orientation.PAST) {
            return Modality.STATEMENT;
        }
        boolean future = clue.orientation() == Orientation.FUTURE;
        if (clue.ownAct() && (future || clue.condition() != null)) {
            return clue.negated() ? Modality.REFUSAL : Modality.PROMISE;
        }
        if (clue.futureDay()) {
            return Modality.SCHEDULED;
        }
        if (future) {
            return Modality.FORECAST;
        }
        return clue.condition() != null ? Modality.CONDITION : Modality.STATEMENT;
    }

    /**
     * The claim's orientation: the tense's, moved to the future when its deadline or date lies
     * after publication ("hat den Befehl erhalten, … vor der Amtseinführung zurückzudrängen"), for
     * a promise or an order, whose act lies after it was given ("promised to end the war", "has
     * ordered the plant to stop supplying three villages"), and when a forward-looking modality is
     * in the present ("Die Regierung plant, …"). A plan in the past tense stays past: "gab es den
     * Plan" reports an intention that may have been dropped.
     */
    static Orientation orientation(Orientation tense, Modality modality, boolean futureTime) {
        if (futureTime || modality == Modality.PROMISE || modality == Modality.ORDER) {
            return Orientation.FUTURE;
        }
        if (tense == Orientation.PRESENT && modality != null && looksAhead(modality)) {
            return Orientation.FUTURE;
        }
        return tense;
    }

    /**
     * Forward-looking claims not set in the past; a refusal only when it is tied to a condition or
     * a deadline or speaks about the future ("keine Gespräche, solange …").
     */
    static boolean trackable(Modality modality, Orientation orientation, Condition condition, ClaimTime time) {
        if (orientation == Orientation.PAST) {
            return false;
        }
        if (modality == Modality.REFUSAL) {
            return condition != null || time != null && time.deadline() != null || orientation == Orientation.FUTURE;
        }
        return looksAhead(modality);
    }

    /**
     * The first day the question can be answered: the deadline itself for "before" (it had to be
     * met before that day began), else the day after it; null without a deadline.
     */
    static String judgeableFrom(ClaimTime time) {
        if (time == null || time.deadline() == null) {
            return null;
        }
        LocalDate deadline = LocalDate.parse(time.deadline());
        return ("BEFORE".equals(time.relation()) ? deadline : deadline.plusDays(1)).toString();
    }
}
