package org.hearsay.core.claims;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearsay.core.model.Claim.ClaimTime;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.TimeExpression;

/**
 * Picks the time that goes with a claim from the time layer: among the expressions in the
 * claim's own clause, a deadline first ("bis Ende des Jahres"), then a time window ("innerhalb
 * eines Tages" = P1D), then a calendar date. Vague references ("jetzt", "zuvor") are no deadline.
 */
final class ClaimTimes {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}.*");
    /** Year, month and day at the start of a TIMEX3 value ("2024-W46" gives the year only). */
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    private final List<TimeExpression> expressions;
    private final LocalDate published;

    ClaimTimes(List<TimeExpression> expressions, PublicationTime published) {
        this.expressions = expressions.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList();
        this.published = published == null ? null : published.local().toLocalDate();
    }

    /** The best expression starting at one of {@code starts} (offsets of the clause's tokens), or null. */
    TimeExpression pick(Span unit, Set<Integer> starts) {
        TimeExpression best = null;
        int bestRank = Integer.MAX_VALUE;
        for (TimeExpression t : in(unit)) {
            int rank = rank(t);
            if (starts.contains(t.span().start()) && rank < bestRank) {
                best = t;
                bestRank = rank;
            }
        }
        return best;
    }

    /**
     * Whether the unit names a single calendar day, perhaps with a time, as the day something
     * happens on ("am 20. Januar"; not "bis"/"vor" a day): what makes an event scheduled.
     */
    boolean namesDay(Span unit, Set<Integer> starts) {
        return in(unit).stream().anyMatch(t -> starts.contains(t.span().start()) && t.relation() == null
                && t.value() != null && DAY.matcher(t.value()).lookingAt());
    }

    /**
     * The claim's time: the expression with its deadline, or for a future claim tied to one day the
     * day itself ("tritt am 20. Januar sein Amt an" must hold by 2025-01-20).
     */
    ClaimTime of(TimeExpression t, boolean future) {
        String deadline = t.deadline();
        if (deadline == null && future && t.value() != null && DAY.matcher(t.value()).lookingAt()) {
            deadline = t.value().substring(0, 10);
        }
        return new ClaimTime(t.span(), t.text(), t.value(), t.relation(), deadline);
    }

    /**
     * Whether the expression lies after the publication day: its deadline, or else the first day
     * of the day, month or year its value names ("Juni" in a March article).
     */
    boolean isFuture(TimeExpression t) {
        String date = t.deadline() != null ? t.deadline() : t.value();
        Matcher m = date == null ? null : PERIOD.matcher(date);
        if (published == null || m == null || !m.lookingAt()) {
            return false;
        }
        try {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
            return first.isAfter(published);
        } catch (DateTimeException e) {
            return false; // a value the time layer could only partly resolve
        }
    }

    /** The expressions that start inside {@code unit}, in text order. */
    List<TimeExpression> in(Span unit) {
        int lo = 0;
        int hi = expressions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (expressions.get(mid).span().start() < unit.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < expressions.size() && expressions.get(end).span().start() < unit.end()) {
            end++;
        }
        return expressions.subList(lo, end);
    }

    private static int rank(TimeExpression t) {
        if (t.deadline() != null) {
            return 0;
        }
        if (t.type() == TimeExpression.Type.DURATION && t.value() != null) {
            return 1;
        }
        if (t.value() != null && CALENDAR.matcher(t.value()).matches()) {
            return 2;
        }
        return Integer.MAX_VALUE;
    }
}
