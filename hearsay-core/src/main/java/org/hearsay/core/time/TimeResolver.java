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

    /** A resolved stretch and where it stands, for anaphora and event dates. */
    private record Resolved(Mention mention, Granule granule) {
    }

    public static List<TimeExpression> resolve(String text, List<Mention> mentions, List<EventNoun> nouns,
                                               PublicationTime published) {
        ReferenceTime ref = ReferenceTime.of(published);
        List<Mention> ordered = mentions.stream().sorted(Comparator.comparing(Mention::span)).toList();
        Map<Mention, Outcome> outcomes = new HashMap<>();
        List<Resolved> resolved = new ArrayList<>();
        for (Mention m : ordered) {
            if (m.meaning() instanceof Meaning.Event) {
                continue;
            }
            Outcome outcome = outcome(m, ref, resolved);
            outcomes.put(m, outcome);
            if (outcome.granule() != null) {
                resolved.add(new Resolved(m, outcome.granule()));
            }
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

    private static Outcome outcome(Mention m, ReferenceTime ref, List<Resolved> earlier) {
        return switch (m.meaning()) {
            case Meaning.CalendarDate d -> calendarDate(d, m, ref, earlier);
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
            case Meaning.Season s -> {
                Integer year = yearOf(s.year(), s.yearOffset(), ref);
                if (year == null) {
                    yield Outcome.failed(NO_DCT);
                }
                String bad = CalendarCheck.year(year);
                yield bad != null ? Outcome.failed(bad)
                        : new Outcome(TimeExpression.Type.DATE, null, String.format("%04d-%s", year, s.code()), null, null);
            }
            case Meaning.Offset o -> offset(o, ref);
            case Meaning.Duration d -> new Outcome(TimeExpression.Type.DURATION, null, d.unit().duration(d.amount()), null, null);
            case Meaning.Literal l -> new Outcome(TimeExpression.Type.DATE, null, l.value(), null, null);
            case Meaning.Recurrence r -> new Outcome(TimeExpression.Type.SET, null, r.value(), null, null);
            case Meaning.Anaphor a -> anaphor(a, m, ref, earlier);
            case Meaning.Event e -> throw new IllegalStateException("events are resolved after dates");
        };
    }

    private static Integer yearOf(Integer year, int offset, ReferenceTime ref) {
        if (year != null) {
            return year;
        }
        return ref == null ? null : ref.moment().getYear() + offset;
    }

    private static Outcome calendarDate(Meaning.CalendarDate d, Mention m, ReferenceTime ref, List<Resolved> earlier) {
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
            Integer year = d.year() != null ? d.year() : inferYear(d.month(), 1, m.direction(), ref, true);
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
        Integer year = d.year() != null ? d.year() : inferYear(d.month(), d.day(), m.direction(), ref, false);
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

    /** "um 20.30 Uhr": on the last day named earlier in the sentence, else on the publication day. */
    private static Outcome clockInContext(Meaning.CalendarDate d, Mention m, ReferenceTime ref, List<Resolved> earlier) {
        if (d.hour() == null) {
            return Outcome.failed("nothing to resolve");
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Resolved r = earlier.get(i);
            if (r.mention().sentence() != m.sentence()) {
                break;
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

    private static Granule clock(LocalDate day, int hour, Integer minute) {
        if (hour == 24) {
            return Granule.clock(day.plusDays(1), LocalTime.MIDNIGHT);
        }
        return Granule.clock(day, LocalTime.of(hour, minute == null ? 0 : minute));
    }

    /**
     * The year of a date given without one. Past statements take the last occurrence up to the
     * publication day, future ones the next from it; without a tense cue the nearer one wins.
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
            return switch (direction) {
                case PAST -> same.isAfter(now) ? year - 1 : year;
                case FUTURE -> same.isBefore(now) ? year + 1 : year;
                case UNKNOWN -> nearest(now.until(same, ChronoUnit.MONTHS), 12, year);
            };
        }
        // Day 29.2. exists only in leap years; compare with a date that exists in every year.
        LocalDate same = LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
        return switch (direction) {
            case PAST -> same.isAfter(today) ? year - 1 : year;
            case FUTURE -> same.isBefore(today) ? year + 1 : year;
            case UNKNOWN -> nearest(today.until(same, ChronoUnit.DAYS), 365, year);
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

    /** "am Wochenende" told in the past on a weekday is the weekend just gone, the one of the week before. */
    private static Granule weekend(int offset, Direction direction, ReferenceTime ref) {
        LocalDate today = ref.moment().toLocalDate();
        int shift = offset;
        if (offset == 0 && direction == Direction.PAST && today.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) < 0) {
            shift = -1;
        }
        return Granule.of(Unit.WEEK, today).shift(shift).weekend();
    }

    private static Outcome weekday(Meaning.Weekday w, Direction direction, ReferenceTime ref) {
        LocalDate today = ref.moment().toLocalDate();
        int diff = w.day().getValue() - today.getDayOfWeek().getValue();
        int shift = switch (direction) {
            case PAST -> diff > 0 ? diff - 7 : diff;
            case FUTURE -> diff < 0 ? diff + 7 : diff;
            case UNKNOWN -> diff > 3 ? diff - 7 : diff < -3 ? diff + 7 : diff;
        };
        Granule g = Granule.day(today.plusDays(shift));
        return Outcome.of(w.partOfDay() == null ? g : g.withPartOfDay(w.partOfDay()));
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
            if (finerOrEqual(r.granule().unit(), a.unit())) {
                Granule g = Granule.of(a.unit(), r.granule().first()).shift(a.offset());
                return Outcome.of(g).anchoredTo(r.mention().span());
            }
        }
        if (a.publicationFallback() && ref != null) {
            return Outcome.of(Granule.of(a.unit(), ref.moment().toLocalDate()).shift(a.offset()));
        }
        return Outcome.failed("no earlier " + a.unit().name().toLowerCase() + " in the text to refer to");
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
