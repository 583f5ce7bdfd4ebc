package org.hearsay.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.TimeExpression;

/**
 * Computes TIMEX3 values for the time phrases of one text, in text order: against the publication
 * time, against earlier expressions ("an diesem Tag") and against events the same text dates.
 * A value is never guessed: what cannot be computed is kept with the reason.
 */
public final class TimeResolver {
    /** How many sentences back "an diesem Tag" may find its antecedent. */
    private static final int ANAPHOR_REACH = 3;
    /** How many sentences back a date without a year may take the year of a phrase that names one. */
    private static final int YEAR_REACH = 1;
    /** How many months ahead of the publication day a date without a year is the next one even in a past-tense statement. */
    private static final int CLOSE_MONTHS = 2;
    private static final String NO_DCT = "no publication date to resolve against";

    private TimeResolver() {
    }

    /** What one phrase resolved to: a stretch of time, or a value without one (P1D, PAST_REF). */
    private record Outcome(TimeExpression.Type type, Granule granule, String value, Span anchor, String unresolved) {
        static Outcome of(Granule granule) {
            return new Outcome(granule.hasTimeOfDay() ? TimeExpression.Type.TIME : TimeExpression.Type.DATE,
                    granule, granule.value(), null, null);
        }

        static Outcome failed(String reason) {
            return new Outcome(TimeExpression.Type.DATE, null, null, null, reason);
        }

        Outcome anchoredTo(Span span) {
            return new Outcome(type, granule, value, span, unresolved);
        }
    }

    /** A resolved stretch and where it stands, for anaphora and event dates; {@code previous} is the phrase just before it. */
    private record Resolved(Mention mention, Granule granule, Mention previous) {
    }

    public static List<TimeExpression> resolve(String text, List<Mention> mentions, List<EventNoun> nouns,
                                               PublicationTime published) {
        ReferenceTime ref = ReferenceTime.of(published);
        List<Mention> ordered = mentions.stream().sorted(Comparator.comparing(Mention::span)).toList();
        Map<Mention, Outcome> outcomes = new HashMap<>();
        List<Resolved> resolved = new ArrayList<>();
        Mention previous = null;
        for (Mention m : ordered) {
            if (m.meaning() instanceof Meaning.Event) {
                continue;
            }
            Outcome outcome = outcome(m, previous, ref, resolved);
            outcomes.put(m, outcome);
            if (outcome.granule() != null) {
                resolved.add(new Resolved(m, outcome.granule(), previous));
            }
            previous = m;
        }
        Map<String, Set<Resolved>> eventDays = eventDays(nouns, resolved);
        List<TimeExpression> out = new ArrayList<>(ordered.size());
        for (Mention m : ordered) {
            Outcome outcome = m.meaning() instanceof Meaning.Event event
                    ? eventOutcome(event, eventDays)
                    : outcomes.get(m);
            out.add(expression(text, m, outcome));
        }
        return out;
    }

    private static TimeExpression expression(String text, Mention m, Outcome o) {
        LocalDate deadline = Deadlines.of(o.granule(), m.mod(), m.relation());
        String event = m.meaning() instanceof Meaning.Event e ? e.name() : null;
        return new TimeExpression(m.span(), m.span().of(text), o.type(), o.value(), m.mod(),
                m.relation() == null ? null : m.relation().name(), o.anchor(), event,
                deadline == null ? null : deadline.toString(), o.unresolved());
    }

    private static Outcome outcome(Mention m, Mention previous, ReferenceTime ref, List<Resolved> earlier) {
        return switch (m.meaning()) {
            case Meaning.CalendarDate d -> calendarDate(d, m, previous, ref, earlier);
            case Meaning.Period p -> {
                String bad = CalendarCheck.year(p.firstYear());
                yield bad != null ? Outcome.failed(bad) : Outcome.of(Granule.of(p.unit(), LocalDate.of(p.firstYear(), 1, 1)));
            }
            case Meaning.Weekday w -> ref == null ? Outcome.failed(NO_DCT) : weekday(w, m.direction(), ref);
            case Meaning.Relative r -> {
                if (ref == null) {
                    yield Outcome.failed(NO_DCT);
                }
                if (r.unit() == Unit.WEEK && "WE".equals(r.partOfDay())) {
                    yield Outcome.of(weekend(r.offset(), m.direction(), ref));
                }
                Granule g = Granule.of(r.unit(), ref.moment().toLocalDate()).shift(r.offset());
                yield Outcome.of(r.partOfDay() != null && g.unit() == Unit.DAY ? g.withPartOfDay(r.partOfDay()) : g);
            }
            case Meaning.PartOfYear p -> {
                Integer year = yearOf(p.year(), p.yearOffset(), ref);
                if (year == null) {
                    yield Outcome.failed(NO_DCT);
                }
                String bad = CalendarCheck.year(year);
                int months = p.unit() == Unit.QUARTER ? 3 : 6;
                // "the fourth quarter" said in January is the one just ended, unless the text looks ahead.
                if (p.year() == null && p.yearOffset() == 0 && m.direction() != Direction.FUTURE
                        && LocalDate.of(year, (p.index() - 1) * months + 1, 1).isAfter(ref.moment().toLocalDate())) {
                    year = year - 1;
                }
                yield bad != null ? Outcome.failed(bad)
                        : Outcome.of(Granule.of(p.unit(), LocalDate.of(year, (p.index() - 1) * months + 1, 1)));
            }
            case Meaning.MonthInYear my -> {
                Integer year = yearOf(null, my.yearOffset(), ref);
                yield year == null ? Outcome.failed(NO_DCT) : Outcome.of(Granule.of(Unit.MONTH, LocalDate.of(year, my.month(), 1)));
            }
            case Meaning.ReportedPeriod p -> reportedPeriod(p, m, ref, earlier);
            case Meaning.AdjacentMonth a -> ref == null ? Outcome.failed(NO_DCT) : Outcome.of(adjacentMonth(a, ref));
            case Meaning.Season s -> {
                Integer year = yearOf(s.year(), s.yearOffset(), ref);
                if (year == null) {
                    yield Outcome.failed(NO_DCT);
                }
                String bad = CalendarCheck.year(year);
                yield bad != null ? Outcome.failed(bad)
                        : new Outcome(TimeExpression.Type.DATE, null, String.format("%04d-%s", year, s.code()), null, null);
            }
            case Meaning.Offset o -> {
                Outcome comparison = yearOnYear(o, m, ref, earlier);
                yield comparison != null ? comparison : offset(o, ref);
            }
            case Meaning.Duration d -> new Outcome(TimeExpression.Type.DURATION, null, d.unit().duration(d.amount()), null, null);
            case Meaning.Literal l -> new Outcome(TimeExpression.Type.DATE, null, l.value(), null, null);
            case Meaning.Recurrence r -> new Outcome(TimeExpression.Type.SET, null, r.value(), null, null);
            case Meaning.Anaphor a -> anaphor(a, m, ref, earlier);
            case Meaning.PartOfDay p -> {
                Outcome day = anaphor(new Meaning.Anaphor(Unit.DAY, 0, true), m, ref, earlier);
                yield day.granule() == null ? day : Outcome.of(day.granule().withPartOfDay(p.code())).anchoredTo(day.anchor());
            }
            case Meaning.Event e -> throw new IllegalStateException("events are resolved after dates");
        };
    }

    private static Integer yearOf(Integer year, int offset, ReferenceTime ref) {
        if (year != null) {
            return year;
        }
        return ref == null ? null : ref.moment().getYear() + offset;
    }

    private static Outcome calendarDate(Meaning.CalendarDate d, Mention m, Mention previous, ReferenceTime ref, List<Resolved> earlier) {
        if (d.hour() != null) {
            String bad = CalendarCheck.clock(d.hour(), d.minute() == null ? 0 : d.minute());
            if (bad != null) {
                return Outcome.failed(bad);
            }
        }
        if (d.month() == null) {
            if (d.year() != null) {
                String bad = CalendarCheck.year(d.year());
                return bad != null ? Outcome.failed(bad) : Outcome.of(Granule.of(Unit.YEAR, LocalDate.of(d.year(), 1, 1)));
            }
            return clockInContext(d, m, ref, earlier);
        }
        if (d.day() == null) {
            if (d.month() < 1 || d.month() > 12) {
                return Outcome.failed("month " + d.month() + " does not exist");
            }
            Integer year = d.year() != null ? d.year() : yearInContext(m, previous, d.month(), ref);
            year = year != null ? year : inferYear(d.month(), 1, m.direction(), ref, true);
            if (year == null) {
                return Outcome.failed(NO_DCT);
            }
            String bad = CalendarCheck.year(year);
            return bad != null ? Outcome.failed(bad) : Outcome.of(Granule.of(Unit.MONTH, LocalDate.of(year, d.month(), 1)));
        }
        // A 29 February is possible in some year; only the chosen year can rule it out.
        String impossible = CalendarCheck.date(2000, d.month(), d.day());
        if (impossible != null) {
            return Outcome.failed(d.year() == null ? impossible.replace(" in 2000", "") : CalendarCheck.date(d.year(), d.month(), d.day()));
        }
        Integer year = d.year() != null ? d.year() : yearInContext(m, previous, d.month(), ref);
        year = year != null ? year : inferYear(d.month(), d.day(), m.direction(), ref, false);
        if (year == null) {
            return Outcome.failed(NO_DCT);
        }
        String bad = CalendarCheck.date(year, d.month(), d.day());
        if (bad != null) {
            return Outcome.failed(bad);
        }
        LocalDate day = LocalDate.of(year, d.month(), d.day());
        if (d.hour() != null) {
            return Outcome.of(clock(day, d.hour(), d.minute()));
        }
        Granule g = Granule.day(day);
        return Outcome.of(d.partOfDay() == null ? g : g.withPartOfDay(d.partOfDay()));
    }

    /**
     * The year a date without one shares with the phrase just before it, when that phrase names its year
     * in the same or the previous sentence: "Der Kurs startet im Frühjahr 2015. Im April gibt es einen
     * Infoabend." A bare year does not count ("Founded in 1974, it pays on Feb. 1" names two times), nor
     * does a year the tense rules out (a past statement about a month after publication). Null when the
     * phrase before names none or is farther away.
     */
    private static Integer yearInContext(Mention m, Mention previous, int month, ReferenceTime ref) {
        if (previous == null || m.sentence() - previous.sentence() > YEAR_REACH) {
            return null;
        }
        Integer year = switch (previous.meaning()) {
            case Meaning.CalendarDate d when d.month() != null -> d.year();
            case Meaning.PartOfYear p -> p.year();
            case Meaning.Season s -> s.year();
            default -> null;
        };
        if (year == null || ref == null) {
            return year;
        }
        YearMonth candidate = YearMonth.of(year, month);
        YearMonth now = YearMonth.from(ref.moment());
        boolean ruledOut = m.direction() == Direction.PAST && candidate.isAfter(now)
                || m.direction() == Direction.FUTURE && candidate.isBefore(now);
        return ruledOut ? null : year;
    }

    /**
     * "um 20.30 Uhr": on the last day named earlier in the sentence, else on the publication day. After
     * a list of days ("am 5., 6. und 7. Oktober, jeweils 20 Uhr", "25. und 26. August von 10-18 Uhr")
     * the time holds for each of them and stays a time of day without a date.
     */
    private static Outcome clockInContext(Meaning.CalendarDate d, Mention m, ReferenceTime ref, List<Resolved> earlier) {
        if (d.hour() == null) {
            return Outcome.failed("nothing to resolve");
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Resolved r = earlier.get(i);
            if (r.mention().sentence() != m.sentence()) {
                break;
            }
            if (r.granule().unit() == Unit.DAY && i > 0 && isOtherDayOfSentence(earlier.get(i - 1), r)) {
                return timeOfDayOnly(d.hour(), d.minute());
            }
            if (r.granule().unit() == Unit.DAY || r.granule().unit() == Unit.MINUTE) {
                return Outcome.of(clock(r.granule().first(), d.hour(), d.minute())).anchoredTo(r.mention().span());
            }
        }
        if (ref == null) {
            return Outcome.failed(NO_DCT);
        }
        return Outcome.of(clock(ref.moment().toLocalDate(), d.hour(), d.minute()));
    }

    /** A clock time without a day: "T20:00". */
    private static Outcome timeOfDayOnly(int hour, Integer minute) {
        return new Outcome(TimeExpression.Type.TIME, null, String.format("T%02d:%02d", hour, minute == null ? 0 : minute), null, null);
    }

    /** Whether {@code before} is another day named in the same sentence right before {@code day}, nothing between. */
    private static boolean isOtherDayOfSentence(Resolved before, Resolved day) {
        return before.mention() == day.previous() && before.mention().sentence() == day.mention().sentence()
                && before.granule().unit() == Unit.DAY && !before.granule().first().equals(day.granule().first());
    }

    private static Granule clock(LocalDate day, int hour, Integer minute) {
        if (hour == 24) {
            return Granule.clock(day.plusDays(1), LocalTime.MIDNIGHT);
        }
        return Granule.clock(day, LocalTime.of(hour, minute == null ? 0 : minute));
    }

    /**
     * The year of a date given without one. Past statements take the last occurrence up to the
     * publication day, future ones the next from it; without a tense cue the nearer one wins. A past
     * statement still takes an occurrence at most {@link #CLOSE_MONTHS} months ahead: reported speech
     * shifts plans into the past tense ("said the offer expires Nov. 20"), and a date that close is
     * rarely meant a year back.
     */
    private static Integer inferYear(int month, int day, Direction direction, ReferenceTime ref, boolean wholeMonth) {
        if (ref == null) {
            return null;
        }
        LocalDate today = ref.moment().toLocalDate();
        int year = today.getYear();
        if (wholeMonth) {
            YearMonth now = YearMonth.from(today);
            YearMonth same = YearMonth.of(year, month);
            YearMonth next = same.isBefore(now) ? same.plusYears(1) : same;
            return switch (direction) {
                case PAST -> now.until(next, ChronoUnit.MONTHS) <= CLOSE_MONTHS ? next.getYear() : same.isAfter(now) ? year - 1 : year;
                case FUTURE -> next.getYear();
                case PRESENT, UNKNOWN -> nearest(now.until(same, ChronoUnit.MONTHS), 12, year);
            };
        }
        // Day 29.2. exists only in leap years; compare with a date that exists in every year.
        LocalDate same = LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
        LocalDate next = same.isBefore(today) ? same.plusYears(1) : same;
        return switch (direction) {
            case PAST -> !next.isAfter(today.plusMonths(CLOSE_MONTHS)) ? next.getYear() : same.isAfter(today) ? year - 1 : year;
            case FUTURE -> same.isBefore(today) ? year + 1 : year;
            case PRESENT, UNKNOWN -> nearest(today.until(same, ChronoUnit.DAYS), 365, year);
        };
    }

    private static int nearest(long distance, int cycle, int year) {
        if (distance > cycle / 2) {
            return year - 1;
        }
        if (distance < -cycle / 2) {
            return year + 1;
        }
        return year;
    }

    private static Granule adjacentMonth(Meaning.AdjacentMonth a, ReferenceTime ref) {
        YearMonth month = YearMonth.from(ref.moment()).plusMonths(a.sign());
        while (month.getMonthValue() != a.month()) {
            month = month.plusMonths(a.sign());
        }
        return Granule.of(Unit.MONTH, month.atDay(1));
    }

    /** "am Wochenende" told in the past on a weekday is the weekend just gone, the one of the week before. */
    private static Granule weekend(int offset, Direction direction, ReferenceTime ref) {
        LocalDate today = ref.moment().toLocalDate();
        int shift = offset;
        if (offset == 0 && direction == Direction.PAST && today.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) < 0) {
            shift = -1;
        }
        return Granule.of(Unit.WEEK, today).shift(shift).weekend();
    }

    /**
     * A named weekday: the last one up to the publication day, or the next one from it in a future
     * or present-tense statement. Without a tense cue it is the last one too, since news reports what
     * has happened ("Thursday's closing price"), unless it is the day after publication: a wire story
     * announces tomorrow's events by weekday. "Last" and "next" skip the publication day itself.
     */
    private static Outcome weekday(Meaning.Weekday w, Direction direction, ReferenceTime ref) {
        LocalDate today = ref.moment().toLocalDate();
        int diff = w.day().getValue() - today.getDayOfWeek().getValue();
        int shift = switch (direction) {
            case PAST -> diff > 0 || diff == 0 && w.otherWeek() ? diff - 7 : diff;
            case FUTURE, PRESENT -> diff < 0 || diff == 0 && w.otherWeek() ? diff + 7 : diff;
            case UNKNOWN -> diff > 1 ? diff - 7 : diff;
        };
        LocalDate day = today.plusDays(shift);
        if (w.clock() != null) {
            return Outcome.of(Granule.clock(day, w.clock()));
        }
        Granule g = Granule.day(day);
        return Outcome.of(w.partOfDay() == null ? g : g.withPartOfDay(w.partOfDay()));
    }

    /**
     * "a year earlier", "two years ago" in a text about a quarter or half year compares that period with
     * the same one back then ("third-quarter profit rose from $5 million a year earlier": the third quarter
     * of the year before), so the period shifted back keeps its precision. Null when no such period is in reach.
     */
    private static Outcome yearOnYear(Meaning.Offset o, Mention m, ReferenceTime ref, List<Resolved> earlier) {
        if (o.unit() != Unit.YEAR || o.sign() >= 0 || o.amount() != Math.rint(o.amount())) {
            return null;
        }
        Resolved period = namedPeriod(m, ref, earlier);
        return period == null ? null : yearsBefore(period.granule(), (int) o.amount()).anchoredTo(period.mention().span());
    }

    private static Outcome reportedPeriod(Meaning.ReportedPeriod p, Mention m, ReferenceTime ref, List<Resolved> earlier) {
        Resolved period = namedPeriod(m, ref, earlier);
        if (period != null) {
            return yearsBefore(period.granule(), yearsBack(p, period.granule())).anchoredTo(period.mention().span());
        }
        if (ref == null) {
            return Outcome.failed(NO_DCT);
        }
        Granule lastComplete = Granule.of(Unit.QUARTER, ref.moment().toLocalDate()).shift(-1);
        return yearsBefore(lastComplete, yearsBack(p, lastComplete));
    }

    private static int yearsBack(Meaning.ReportedPeriod p, Granule reported) {
        return p.year() == null ? p.yearsBack() : reported.first().getYear() - p.year();
    }

    /**
     * The quarter or half year a report is about: the last one within reach named as such ("the third
     * quarter") or referred to as the reported period, never one computed by comparison ("a year earlier")
     * and never one still running at publication (an outlook for "the fourth quarter" is not reported on).
     */
    private static Resolved namedPeriod(Mention m, ReferenceTime ref, List<Resolved> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Resolved r = earlier.get(i);
            if (m.sentence() - r.mention().sentence() > ANAPHOR_REACH) {
                return null;
            }
            boolean named = r.mention().meaning() instanceof Meaning.PartOfYear
                    || r.mention().meaning() instanceof Meaning.ReportedPeriod p && p.yearsBack() == 0 && p.year() == null;
            boolean over = ref == null || r.granule().last().isBefore(ref.moment().toLocalDate());
            if (named && over) {
                return r;
            }
        }
        return null;
    }

    private static Outcome yearsBefore(Granule period, int years) {
        int perYear = period.unit() == Unit.QUARTER ? 4 : 2;
        return Outcome.of(period.shift(-years * perYear));
    }

    private static Outcome offset(Meaning.Offset o, ReferenceTime ref) {
        if (ref == null) {
            return Outcome.failed(NO_DCT);
        }
        if (o.unit().isClock()) {
            if (!ref.hasTimeOfDay()) {
                return Outcome.failed("publication time has no time of day");
            }
            long minutes = Math.round(o.amount() * (o.unit() == Unit.HOUR ? 60 : o.unit() == Unit.MINUTE ? 1 : 1 / 60.0));
            Granule now = Granule.clock(ref.moment().toLocalDate(), ref.moment().toLocalTime());
            return Outcome.of(now.plusClock(o.sign() * minutes, Unit.MINUTE));
        }
        if (o.amount() != Math.rint(o.amount())) {
            return Outcome.failed("fractional " + o.unit().name().toLowerCase() + " offset has no calendar value");
        }
        LocalDate today = ref.moment().toLocalDate();
        LocalDate moved = today.plus((long) o.amount() * o.sign() * o.unit().multiple(), o.unit().chrono());
        return Outcome.of(Granule.of(o.unit(), moved));
    }

    private static Outcome anaphor(Meaning.Anaphor a, Mention m, ReferenceTime ref, List<Resolved> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Resolved r = earlier.get(i);
            if (m.sentence() - r.mention().sentence() > ANAPHOR_REACH) {
                break;
            }
            if (finerOrEqual(r.granule().unit(), a.unit()) && !isShiftingAnaphor(r.mention())) {
                Granule g = Granule.of(a.unit(), r.granule().first()).shift(a.offset());
                return Outcome.of(g).anchoredTo(r.mention().span());
            }
        }
        if (!a.publicationFallback()) {
            return Outcome.failed("no earlier " + a.unit().name().toLowerCase() + " in the text to refer to");
        }
        Resolved storyDay = a.unit() == Unit.DAY ? lastNamedDay(earlier) : null;
        if (storyDay != null) {
            return Outcome.of(Granule.day(storyDay.granule().first()).shift(a.offset())).anchoredTo(storyDay.mention().span());
        }
        return ref == null ? Outcome.failed(NO_DCT) : Outcome.of(Granule.of(a.unit(), ref.moment().toLocalDate()).shift(a.offset()));
    }

    /**
     * The last day the text names, however far back: beyond an anaphor's reach the story's day still
     * beats the publication day (a report of Friday's race says "wie schon am Tag zuvor" of Thursday).
     */
    private static Resolved lastNamedDay(List<Resolved> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Resolved r = earlier.get(i);
            if (finerOrEqual(r.granule().unit(), Unit.DAY) && !isShiftingAnaphor(r.mention())) {
                return r;
            }
        }
        return null;
    }

    /**
     * "am Tag zuvor", "the day after": a day counted from another one is no anchor for the next such
     * phrase. "Wie schon am Tag zuvor … ihren Sieg vom Vortag" both count from the race day, not one
     * from the other.
     */
    private static boolean isShiftingAnaphor(Mention m) {
        return m.meaning() instanceof Meaning.Anaphor a && a.offset() != 0;
    }

    private static boolean finerOrEqual(Unit unit, Unit than) {
        return unit.ordinal() >= than.ordinal();
    }

    /** Event key → the days (with their phrases) of the sentences that name the event and give one day. */
    private static Map<String, Set<Resolved>> eventDays(List<EventNoun> nouns, List<Resolved> resolved) {
        Map<Integer, List<Resolved>> daysBySentence = new HashMap<>();
        for (Resolved r : resolved) {
            if (finerOrEqual(r.granule().unit(), Unit.DAY)) {
                daysBySentence.computeIfAbsent(r.mention().sentence(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, Set<Resolved>> events = new HashMap<>();
        for (EventNoun noun : nouns) {
            List<Resolved> days = daysBySentence.get(noun.sentence());
            if (days == null) {
                continue;
            }
            Set<LocalDate> distinct = new HashSet<>();
            days.forEach(r -> distinct.add(r.granule().first()));
            if (distinct.size() == 1) {
                events.computeIfAbsent(noun.key(), k -> new HashSet<>()).add(days.getFirst());
            }
        }
        return events;
    }

    private static Outcome eventOutcome(Meaning.Event event, Map<String, Set<Resolved>> eventDays) {
        Set<Resolved> days = eventDays.get(event.key());
        if (days == null) {
            return Outcome.failed("the text gives no date for this event");
        }
        Set<LocalDate> distinct = new HashSet<>();
        days.forEach(r -> distinct.add(r.granule().first()));
        if (distinct.size() > 1) {
            return Outcome.failed("the text gives this event several dates");
        }
        Resolved first = days.stream().min(Comparator.comparing(r -> r.mention().span())).orElseThrow();
        return Outcome.of(Granule.day(first.granule().first())).anchoredTo(first.mention().span());
    }

    /** The weekday a TIMEX3 SET like "XXXX-WXX-1" uses, for language packs writing recurrences. */
    public static String everyWeekday(DayOfWeek day) {
        return "XXXX-WXX-" + day.getValue();
    }
}
