package org.hearsay.lang.en.time;

import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static java.util.regex.Pattern.UNICODE_CASE;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearsay.core.time.Direction;
import org.hearsay.core.time.Meaning;
import org.hearsay.core.time.TimeResolver;
import org.hearsay.core.time.Unit;
import org.hearsay.core.time.Found;

/**
 * The English time phrases, as regular expressions over one sentence's text. Each family is one
 * method; overlaps are settled later (longest wins). Compiled once, safe to share between threads.
 */
final class EnglishTimePatterns {
    private static final String L = "(?<![\\p{L}\\p{N}])";
    private static final String R = "(?![\\p{L}\\p{N}])";
    private static final int CI = CASE_INSENSITIVE | UNICODE_CASE;
    private static final String MONTH = EnglishWords.MONTHS.alternation();
    private static final String WEEKDAY = EnglishWords.WEEKDAYS.alternation();
    private static final String PART = "morning|afternoon|evening|night";
    /** A number word, the tens and ones of "twenty-four" and "twenty four" included. */
    private static final String NUMBER = "(?:(?:" + EnglishTimePatterns.TENS + ")[\\s-](?:" + EnglishTimePatterns.ONES + ")|"
            + EnglishWords.NUMBERS.alternation() + ")";
    private static final String UNIT = EnglishWords.UNITS.alternation();
    private static final String MOD = "(?:(?:the\\s+)?(?<mod>early|late|mid|end\\s+of|beginning\\s+of|start\\s+of|middle\\s+of|earlier|later)(?:\\s*-\\s*|\\s+))?";
    private static final String DAY = "(?<d>\\d{1,2})(?:st|nd|rd|th)?";

    private static final Pattern SLASH_DATE = Pattern.compile(L + "(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4}|\\d{2})" + R);
    private static final Pattern ISO_DATE = Pattern.compile(L + "(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})" + R);
    private static final Pattern MONTH_DAY = Pattern.compile(L + "(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?<month>" + MONTH + ")\\s+" + DAY
            + "(?:,?\\s+(?<y>\\d{4,5}))?" + R, CI);
    private static final Pattern DAY_MONTH = Pattern.compile(L + "(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?(?<month>" + MONTH + ")"
            + "(?:,?\\s+(?<y>\\d{4,5}))?" + R, CI);
    private static final Pattern MONTH_PHRASE = Pattern.compile(L + MOD + "(?<month>" + MONTH + ")(?:,?\\s+(?:of\\s+)?(?<y>\\d{4})(?!\\d)|\\s+(?<rel>this|last|next)\\s+year)?" + R, CI);
    private static final Pattern RELATIVE_MONTH = Pattern.compile(L + "(?<rel>this|last|next)\\s+(?<month>" + MONTH + ")" + R, CI);
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}.,$])" + MOD + "(?:(?:the\\s+)?year\\s+)?(?<y>1[5-9]\\d\\d|20\\d\\d)(?![\\d]|[.,]\\d|%)" + R, CI);
    private static final Pattern FISCAL = Pattern.compile(L + "fiscal(?:\\s+year)?\\s+(?<y>1[5-9]\\d\\d|20\\d\\d)" + R, CI);
    private static final Pattern DECADE = Pattern.compile(L + "(?:the\\s+)?(?:(?<c>19|20)|')?(?<d>\\d)0'?s" + R, CI);
    private static final Pattern CENTURY = Pattern.compile(L + "(?:the\\s+)?(?<n>\\d{1,2})(?:st|nd|rd|th)[\\s-]+century" + R, CI);
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String ONES = "one|two|three|four|five|six|seven|eight|nine";
    /**
     * "the year two thousand", "two thousand and one": the years after 1999 as transcripts spell them.
     */
    private static final Pattern SPOKEN_MILLENNIUM_YEAR = Pattern.compile(L + "(?:the\\s+year\\s+)?two\\s+thousand(?:\\s+and\\s+(?<one>" + ONES + "))?"
            + R, CI);
    /** A plural noun after a number, which the number counts: "two thousand votes". */
    private static final Pattern COUNTED_PLURAL = Pattern.compile("\\s+(?:people|\\p{L}+s)" + R, CI);
    /** Years as broadcast transcripts spell them: "nineteen ninety-six". */
    private static final Pattern SPOKEN_YEAR = Pattern.compile(L + "(?:(?<month>" + MONTH + ")\\s+)?(?<c>nineteen|twenty)\\s+(?:(?<teen>" + TEENS + ")|(?<tens>" + TENS + ")(?:-(?<one>" + ONES + "))?)" + R, CI);
    /** "(early|later) in the day" words that belong to the day phrase after them: "late yesterday", "Earlier Sunday". */
    private static final String WITHIN_DAY = "(?:(?:early|late|earlier|later)\\s+)?";
    private static final Pattern WEEKDAY_PHRASE = Pattern.compile(L + WITHIN_DAY + "(?:(?<rel>last|next|this|past|coming)\\s+)?(?<wd>" + WEEKDAY + ")(?:\\s+(?<pod>" + PART + "))?" + R, CI);
    /** A weekday in the plural, every one of them: "Tuesdays", "Tuesday nights". */
    private static final Pattern WEEKDAYS_PLURAL = Pattern.compile(L + "(?<wd>" + WEEKDAY + ")(?:s|\\s+(?<pod>" + PART + ")s)" + R, CI);
    private static final Pattern RELATIVE_DAY = Pattern.compile(L + WITHIN_DAY + "(?<w>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tomorrow|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening))"
            + "(?:\\s+(?<pod>" + PART + "))?" + R, CI);
    private static final Pattern RELATIVE_UNIT = Pattern.compile(L + MOD + "(?:the\\s+)?(?<rel>this|next|last|past|coming|previous|current|following|same)\\s+(?<unit>year|month|week|quarter)" + R, CI);
    /** "over the weekend", "this weekend", "the past weekend": the weekend of a week counted from publication. */
    private static final Pattern WEEKEND = Pattern.compile(L + "(?:the\\s+|(?=(?:this|last|next|past|coming)\\s))"
            + "(?:(?<rel>this|last|next|past|coming)\\s+)?weekend" + R, CI);
    private static final Pattern MOD_OF_UNIT = Pattern.compile(L + "(?:the\\s+)?(?<mod>end|beginning|start|middle)\\s+of\\s+the\\s+(?<unit>year|month|week|quarter)" + R + "(?!\\s+\\d)", CI);
    /** "the third quarter", "the 1988 second quarter", "the year-earlier third quarter", "next year's first quarter". */
    private static final Pattern PART_OF_YEAR = Pattern.compile(L + "(?:the\\s+(?:(?<y0>\\d{4})\\s+|(?<back>year-(?:earlier|ago))\\s+)?"
            + "|(?<rel>this|last|next)\\s+year's\\s+)?(?<n>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?<u>quarter|half)(?:\\s+(?:of\\s+)?(?<y>\\d{4}))?" + R, CI);
    private static final Pattern SEASON = Pattern.compile(L + "(?:(?<rel>this|last|next|the|early|late)\\s+)(?<s>spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(?<y>\\d{4}))?" + R, CI);
    private static final Pattern AMOUNT = Pattern.compile(L + "(?:(?<pre>in|within|for|over|after)\\s+)?(?<the>the\\s+(?:first\\s+|latest\\s+)?)?(?:(?<q>more\\s+than|less\\s+than|about|nearly|almost|over|under|at\\s+least|roughly|around|up\\s+to|some)\\s+)?"
            + "(?<n>\\d+(?:\\.\\d+)?|" + NUMBER + ")(?:\\s*-\\s*|\\s+)(?:(?:" + EnglishWords.AMOUNT_ADJECTIVES.alternation() + ")\\s+)?(?<unit>" + UNIT + ")(?<ago>\\s+(?:ago|earlier|before))?" + R, CI);
    private static final Pattern SPAN_OF_UNITS = Pattern.compile(L + "(?:the\\s+)?(?<rel>past|last|next|coming|previous|following)\\s+(?:(?<n>\\d+|" + NUMBER + ")\\s+)?"
            + "(?<unit>years|months|weeks|days|decades|hours|minutes)" + R, CI);
    private static final Pattern YEAR_NUMBER = Pattern.compile("1[5-9]\\d\\d|20\\d\\d");
    private static final Pattern AGE_AFTER = Pattern.compile("\\s+(?:old|older|younger)" + R, CI);
    private static final Pattern VAGUE = Pattern.compile(L + "(?<v>" + EnglishWords.VAGUE.alternation() + ")" + R, CI);
    private static final Pattern ANAPHOR = Pattern.compile(L + "(?<a>that\\s+(?:day|week|month|year)|the\\s+same\\s+day|the\\s+(?:next|following|previous)\\s+day|the\\s+day\\s+(?:before|after))" + R, CI);
    /** A quarter named by the report it belongs to: "the quarter", "the latest quarter", "the latest period" (the one the text is about). */
    private static final Pattern REPORTED_QUARTER = Pattern.compile(L + "the\\s+(?:(?:latest\\s+)?quarter|latest\\s+period)" + R, CI);
    /** A business year by its last day: "the year ended March 31", "the fiscal year ending June 30": twelve months, no calendar year. */
    private static final Pattern YEAR_ENDING = Pattern.compile(L + "the\\s+(?:fiscal\\s+)?year(?=\\s+(?:ended|ending)" + R + ")", CI);
    /** The reported period in another year: "the 1988 quarter", "the 1989 period". */
    private static final Pattern REPORTED_PERIOD_OF_YEAR = Pattern.compile(L + "the\\s+(?<y>1[5-9]\\d\\d|20\\d\\d)\\s+(?:quarter|period)" + R, CI);
    /** The comparison period of a financial report: "the year-earlier quarter", "year-ago" (as in "year-ago profit"). */
    private static final Pattern YEAR_BACK = Pattern.compile(L + "(?:the\\s+(?:comparable\\s+)?year-(?:earlier|ago)\\s+(?:quarter|period)"
            + "|year-(?:earlier|ago)(?:\\s+(?:quarter|period))?)" + R, CI);
    /** A clock time before its day, as wire copy writes it: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9". */
    private static final Pattern CLOCK_THEN_DAY = Pattern.compile(L + "(?:(?<h>\\d{1,2})(?::(?<min>\\d{2}))?\\s*(?<ampm>a\\.m\\.|p\\.m\\.)"
            + "(?:\\s+(?:EDT|EST|CDT|CST|PDT|PST|GMT|UTC))?|(?<noon>noon)),?\\s+(?:(?<wd>" + WEEKDAY + ")|(?<month>" + MONTH + ")\\s+" + DAY + ")" + R, CI);
    private static final Pattern HOLIDAY = Pattern.compile(L + "(?<h>" + EnglishWords.HOLIDAYS.alternation() + ")" + R, CI);
    private static final Pattern CLOCK = Pattern.compile(L + "(?<h>\\d{1,2})(?::(?<min>\\d{2}))?\\s*(?<ampm>a\\.m\\.|p\\.m\\.|am|pm)(?:\\s+(?:EDT|EST|CDT|CST|PDT|PST|GMT|UTC))?(?!\\p{L})", CI);
    private static final Pattern RECURRENCE = Pattern.compile(L + "(?<w>daily|weekly|monthly|annually|yearly|hourly)" + R, CI);
    private static final Pattern EVERY = Pattern.compile(L + "(?:every|each)\\s+(?<u>day|week|month|year|" + WEEKDAY + ")" + R, CI);

    /** Determiners before a year used as a modifier: "the 2000 Olympics", "his 1996 campaign" (possessive nouns too: "the company's 1989 results"). */
    private static final Set<String> YEAR_DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "that", "this", "our");
    private static final Set<String> MONTH_CUES = Set.of("in", "since", "until", "till", "by", "last", "next", "this", "of", "early",
            "late", "mid", "and", "or", "through", "from", "to", "before", "after", "during", "between", "end", "beginning", "-");
    private static final Set<String> YEAR_CUES = Set.of("in", "since", "until", "till", "by", "of", "from", "to", "before", "after", "both", "due",
            "during", "early", "late", "mid", "year", "through", "between", "and", "or", "(", "spring", "summer", "fall", "autumn",
            "winter", "end", "beginning", "-", "--", "around", "circa", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private EnglishTimePatterns() {
    }

    static List<Found> find(String s) {
        List<Found> out = new ArrayList<>();
        dates(s, out);
        months(s, out);
        years(s, out);
        weekdays(s, out);
        relativeDays(s, out);
        relativeUnits(s, out);
        partsOfYear(s, out);
        amounts(s, out);
        vague(s, out);
        anaphors(s, out);
        reportingPeriods(s, out);
        holidays(s, out);
        clocks(s, out);
        recurrences(s, out);
        return out.stream().map(f -> withCueDirection(s, f)).toList();
    }

    /** A date right after a word that fixes its direction ("ended March 31", "effective Feb. 1") takes it. */
    private static Found withCueDirection(String s, Found f) {
        String cue = f.hint() == null && f.relational() ? EnglishWords.DIRECTION_CUES.get(previousWord(s, f.start())) : null;
        return cue == null ? f : new Found(f.start(), f.end(), f.meaning(), f.mod(), Direction.valueOf(cue), true);
    }

    private static void dates(String s, List<Found> out) {
        Matcher m = SLASH_DATE.matcher(s);
        while (m.find()) {
            int month = Integer.parseInt(m.group("m"));
            int day = Integer.parseInt(m.group("d"));
            if (month == 0 || month > 12 || day == 0 || day > 31) {
                continue;
            }
            int y = Integer.parseInt(m.group("y"));
            int year = m.group("y").length() == 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
            out.add(new Found(m.start(), m.end(), Meaning.CalendarDate.day(year, month, day), null, null, true));
        }
        m = ISO_DATE.matcher(s);
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), Meaning.CalendarDate.day(Integer.parseInt(m.group("y")),
                    Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d"))), null, null, true));
        }
        for (Pattern p : List.of(MONTH_DAY, DAY_MONTH)) {
            m = p.matcher(s);
            while (m.find()) {
                if (!Character.isUpperCase(s.charAt(m.start("month")))) {
                    continue;
                }
                int day = Integer.parseInt(m.group("d"));
                Integer year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
                out.add(new Found(m.start(), m.end(), Meaning.CalendarDate.day(year, EnglishWords.month(m.group("month")), day),
                        null, null, true));
            }
        }
    }

    private static void months(String s, List<Found> out) {
        Matcher m = MONTH_PHRASE.matcher(s);
        while (m.find()) {
            if (!Character.isUpperCase(s.charAt(m.start("month")))) {
                continue;
            }
            int month = EnglishWords.month(m.group("month"));
            if (m.group("rel") != null) {
                out.add(new Found(m.start(), m.end(), new Meaning.MonthInYear(month, offset(m.group("rel"))), mod(m), null, true));
                continue;
            }
            boolean bare = m.group("mod") == null && m.group("y") == null;
            String word = m.group("month").toLowerCase(Locale.ROOT);
            if (bare && (!MONTH_CUES.contains(previousWord(s, m.start())) || word.equals("may") && !previousWord(s, m.start()).equals("in"))) {
                continue;
            }
            Integer year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
            out.add(new Found(m.start(), m.end(), Meaning.CalendarDate.month(year, month), mod(m), null, true));
        }
        m = RELATIVE_MONTH.matcher(s);
        while (m.find()) {
            // "last April" is the latest April before this month (in October the same year's), "next
            // March" the first one after it; "this September" is September of this year.
            if (Character.isUpperCase(s.charAt(m.start("month")))) {
                int month = EnglishWords.month(m.group("month"));
                int offset = offset(m.group("rel"));
                Meaning meaning = offset == 0 ? new Meaning.MonthInYear(month, 0) : new Meaning.AdjacentMonth(month, offset);
                out.add(new Found(m.start(), m.end(), meaning, null, null, true));
            }
        }
    }

    private static void years(String s, List<Found> out) {
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            int year = Integer.parseInt(m.group("y"));
            String before = previousWord(s, m.start());
            if (m.group("mod") != null || s.substring(m.start(), m.start("y")).toLowerCase(Locale.ROOT).contains("year")
                    || YEAR_CUES.contains(before) || followedByPunctuation(s, m.end())
                    || (year >= 1900 && (YEAR_DETERMINERS.contains(before) || isPossessive(before)))) {
                out.add(new Found(m.start(), m.end(), Meaning.CalendarDate.year(Integer.parseInt(m.group("y"))), mod(m), null, true));
            }
        }
        m = SPOKEN_YEAR.matcher(s);
        while (m.find()) {
            int year = (m.group("c").equalsIgnoreCase("nineteen") ? 1900 : 2000) + spokenTwoDigits(m);
            Meaning meaning = m.group("month") == null ? Meaning.CalendarDate.year(year)
                    : Meaning.CalendarDate.month(year, EnglishWords.month(m.group("month")));
            out.add(new Found(m.start(), m.end(), meaning, null, null, true));
        }
        m = SPOKEN_MILLENNIUM_YEAR.matcher(s);
        while (m.find()) {
            // Without "the year", "two thousand" is a year only after a year cue ("in two thousand") and
            // before no plural it would count.
            boolean namedYear = m.group().toLowerCase(Locale.ROOT).startsWith("the");
            if (namedYear || YEAR_CUES.contains(previousWord(s, m.start()))
                    && !COUNTED_PLURAL.matcher(s).region(m.end(), s.length()).lookingAt()) {
                int ones = m.group("one") == null ? 0 : EnglishWords.amount(m.group("one")).intValue();
                out.add(new Found(m.start(), m.end(), Meaning.CalendarDate.year(2000 + ones), null, null, true));
            }
        }
        m = CENTURY.matcher(s);
        while (m.find()) {
            int n = Integer.parseInt(m.group("n"));
            if (n > 0) {
                out.add(new Found(m.start(), m.end(), new Meaning.Period(Unit.CENTURY, (n - 1) * 100), null, null, true));
            }
        }
        m = FISCAL.matcher(s);
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), Meaning.CalendarDate.year(Integer.parseInt(m.group("y"))), null, null, true));
        }
        m = DECADE.matcher(s);
        while (m.find()) {
            int century = m.group("c") == null ? 19 : Integer.parseInt(m.group("c"));
            out.add(new Found(m.start(), m.end(), new Meaning.Period(Unit.DECADE, century * 100 + Integer.parseInt(m.group("d")) * 10),
                    null, null, true));
        }
    }

    /** "the company's 1989 results", "investors' 1990 outlook": a year as a modifier after a possessive. */
    private static boolean isPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("s'");
    }

    private static int spokenTwoDigits(Matcher m) {
        if (m.group("teen") != null) {
            return EnglishWords.amount(m.group("teen")).intValue();
        }
        int ones = m.group("one") == null ? 0 : EnglishWords.amount(m.group("one")).intValue();
        return EnglishWords.amount(m.group("tens")).intValue() + ones;
    }

    private static boolean followedByPunctuation(String s, int end) {
        return end >= s.length() || ",.;:)!?\"'".indexOf(s.charAt(end)) >= 0;
    }

    private static void weekdays(String s, List<Found> out) {
        Matcher m = WEEKDAY_PHRASE.matcher(s);
        while (m.find()) {
            if (!Character.isUpperCase(s.charAt(m.start("wd")))) {
                continue;
            }
            DayOfWeek day = DayOfWeek.of(Integer.parseInt(EnglishWords.WEEKDAYS.get(m.group("wd"))));
            String part = m.group("pod") == null ? null : EnglishWords.PARTS_OF_DAY.get(m.group("pod"));
            Direction hint = null;
            if (m.group("rel") != null) {
                String rel = m.group("rel").toLowerCase(Locale.ROOT);
                hint = rel.equals("last") || rel.equals("past") ? Direction.PAST : rel.equals("this") ? null : Direction.FUTURE;
            }
            out.add(new Found(m.start(), m.end(), new Meaning.Weekday(day, part, null, hint != null), null, hint, true));
        }
        m = WEEKDAYS_PLURAL.matcher(s);
        while (m.find()) {
            if (Character.isUpperCase(s.charAt(m.start()))) {
                String every = TimeResolver.everyWeekday(DayOfWeek.of(Integer.parseInt(EnglishWords.WEEKDAYS.get(m.group("wd")))));
                String part = m.group("pod") == null ? "" : "T" + EnglishWords.PARTS_OF_DAY.get(m.group("pod"));
                out.add(new Found(m.start(), m.end(), new Meaning.Recurrence(every + part), null, null, false));
            }
        }
    }

    private static void relativeDays(String s, List<Found> out) {
        Matcher m = RELATIVE_DAY.matcher(s);
        while (m.find()) {
            String w = m.group("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int offset = switch (w) {
                case "the day before yesterday" -> -2;
                case "yesterday", "last night" -> -1;
                case "tomorrow" -> 1;
                case "the day after tomorrow" -> 2;
                default -> 0;
            };
            String part = m.group("pod") != null ? EnglishWords.PARTS_OF_DAY.get(m.group("pod"))
                    : w.equals("tonight") || w.equals("last night") ? "NI"
                    : w.startsWith("this ") ? EnglishWords.PARTS_OF_DAY.get(w.substring(5)) : null;
            out.add(new Found(m.start(), m.end(), new Meaning.Relative(Unit.DAY, offset, part), null, null, true));
        }
    }

    private static void relativeUnits(String s, List<Found> out) {
        Matcher m = RELATIVE_UNIT.matcher(s);
        while (m.find()) {
            Unit unit = unitOf(m.group("unit"));
            String rel = m.group("rel").toLowerCase(Locale.ROOT);
            Meaning meaning = switch (rel) {
                case "following" -> new Meaning.Anaphor(unit, 1, true);
                case "same" -> new Meaning.Anaphor(unit, 0, false);
                default -> new Meaning.Relative(unit, offset(rel), null);
            };
            out.add(new Found(m.start(), m.end(), meaning, mod(m), null, true));
        }
        m = WEEKEND.matcher(s);
        while (m.find()) {
            int offset = m.group("rel") == null ? 0 : offset(m.group("rel"));
            out.add(new Found(m.start(), m.end(), new Meaning.Relative(Unit.WEEK, offset, "WE"), null, null, true));
        }
        m = MOD_OF_UNIT.matcher(s);
        while (m.find()) {
            String mod = switch (m.group("mod").toLowerCase(Locale.ROOT)) {
                case "end" -> "END";
                case "middle" -> "MID";
                default -> "START";
            };
            out.add(new Found(m.start(), m.end(), new Meaning.Relative(unitOf(m.group("unit")), 0, null), mod, null, true));
        }
    }

    private static void partsOfYear(String s, List<Found> out) {
        Matcher m = PART_OF_YEAR.matcher(s);
        while (m.find()) {
            int index = switch (m.group("n").toLowerCase(Locale.ROOT)) {
                case "first", "1st" -> 1;
                case "second", "2nd" -> 2;
                case "third", "3rd" -> 3;
                default -> 4;
            };
            Unit unit = m.group("u").equalsIgnoreCase("quarter") ? Unit.QUARTER : Unit.HALF_YEAR;
            if (unit == Unit.HALF_YEAR && index > 2) {
                continue;
            }
            String y = m.group("y") != null ? m.group("y") : m.group("y0");
            Integer year = y == null ? null : Integer.valueOf(y);
            int yearOffset = m.group("back") != null ? -1 : m.group("rel") != null ? offset(m.group("rel")) : 0;
            out.add(new Found(m.start(), m.end(), new Meaning.PartOfYear(unit, index, year, yearOffset), null, null, true));
        }
        m = SEASON.matcher(s);
        while (m.find()) {
            String w = m.group("s").toLowerCase(Locale.ROOT);
            String code = switch (w) {
                case "spring" -> "SP";
                case "summer" -> "SU";
                case "winter" -> "WI";
                default -> "FA";
            };
            String rel = m.group("rel").toLowerCase(Locale.ROOT);
            Integer year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
            String mod = rel.equals("early") ? "START" : rel.equals("late") ? "END" : null;
            int start = rel.equals("the") ? m.start("s") : m.start();
            out.add(new Found(start, m.end(), new Meaning.Season(code, year, offset(rel)), mod, null, true));
        }
    }

    private static void amounts(String s, List<Found> out) {
        Matcher m = AMOUNT.matcher(s);
        while (m.find()) {
            String pre = m.group("pre") == null ? null : m.group("pre").toLowerCase(Locale.ROOT);
            Unit unit = EnglishWords.unit(m.group("unit"));
            Double amount = EnglishWords.amount(m.group("n"));
            String mod = quantifier(m.group("q"));
            // "the 1988 quarter": a year before a singular unit names the period of that year, not 1988 of them.
            boolean compound = s.substring(m.end("n"), m.start("unit")).contains("-");
            if (YEAR_NUMBER.matcher(m.group("n")).matches() && !compound && !m.group("unit").toLowerCase(Locale.ROOT).endsWith("s")) {
                continue;
            }
            // "52 years old", "three years younger": an age, not a time expression.
            if (unit == Unit.YEAR && m.group("ago") == null && AGE_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()) {
                continue;
            }
            if (amount == null && m.group("ago") != null) {
                // "several years ago": some time back, TimeBank's PAST_REF.
                out.add(new Found(m.start(m.group("q") != null ? "q" : "n"), m.end(), new Meaning.Literal("PAST_REF"), null, null, false));
            } else if (amount != null && m.group("ago") != null) {
                int start = m.start(m.group("q") != null ? "q" : "n");
                out.add(new Found(start, m.end(), new Meaning.Offset(amount, unit, -1), mod, null, false));
            } else if (amount != null && "in".equals(pre) && m.group("the") == null) {
                out.add(new Found(m.start(), m.end(), new Meaning.Offset(amount, unit, 1), mod, null, false));
            } else {
                // "the nine months", "the first two years": the article belongs to the stretch it counts;
                // in "the 23-year veteran" it belongs to the noun the compound describes.
                int start = m.start(m.group("the") != null && !compound ? "the" : m.group("q") != null ? "q" : "n");
                int end = m.group("ago") != null ? m.start("ago") : m.end();
                out.add(new Found(start, end, new Meaning.Duration(amount, unit), mod, null, false));
            }
        }
        m = SPAN_OF_UNITS.matcher(s);
        while (m.find()) {
            String rel = m.group("rel").toLowerCase(Locale.ROOT);
            Unit unit = EnglishWords.unit(m.group("unit"));
            Meaning meaning = m.group("n") != null ? new Meaning.Duration(EnglishWords.amount(m.group("n")), unit)
                    : new Meaning.Literal(rel.equals("next") || rel.equals("coming") || rel.equals("following") ? "FUTURE_REF" : "PAST_REF");
            out.add(new Found(m.start(), m.end(), meaning, null, null, false));
        }
    }

    private static void vague(String s, List<Found> out) {
        Matcher m = VAGUE.matcher(s);
        while (m.find()) {
            // A capitalised "Now," opens a sentence as a discourse word far more often than it means the present.
            if (m.group("v").equals("Now")) {
                continue;
            }
            String value = EnglishWords.VAGUE.get(m.group("v").replaceAll("\\s+", " "));
            out.add(new Found(m.start(), m.end(), new Meaning.Literal(value), null, null, false));
        }
    }

    private static void anaphors(String s, List<Found> out) {
        Matcher m = ANAPHOR.matcher(s);
        while (m.find()) {
            String a = m.group("a").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            Meaning meaning;
            if (a.startsWith("that ")) {
                meaning = new Meaning.Anaphor(unitOf(a.substring(5)), 0, false);
            } else if (a.equals("the same day")) {
                meaning = new Meaning.Anaphor(Unit.DAY, 0, false);
            } else if (a.contains("previous") || a.endsWith("before")) {
                meaning = new Meaning.Anaphor(Unit.DAY, -1, true);
            } else {
                meaning = new Meaning.Anaphor(Unit.DAY, 1, true);
            }
            out.add(new Found(m.start(), m.end(), meaning, null, null, true));
        }
    }

    /**
     * Earnings reports name their periods by reference: "the quarter" is the quarter the text is
     * about, "year-earlier" the same period a year before, and "the year ended March 31" the twelve
     * months up to that day.
     */
    private static void reportingPeriods(String s, List<Found> out) {
        Matcher m = REPORTED_QUARTER.matcher(s);
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), new Meaning.ReportedPeriod(0), null, null, true));
        }
        m = YEAR_ENDING.matcher(s);
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), new Meaning.Duration(1.0, Unit.YEAR), null, null, false));
        }
        m = REPORTED_PERIOD_OF_YEAR.matcher(s);
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), new Meaning.ReportedPeriod(0, Integer.valueOf(m.group("y"))), null, null, true));
        }
        m = YEAR_BACK.matcher(s);
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), new Meaning.ReportedPeriod(1), null, null, false));
        }
    }

    private static void holidays(String s, List<Found> out) {
        Matcher m = HOLIDAY.matcher(s);
        while (m.find()) {
            if (!Character.isUpperCase(s.charAt(m.start()))) {
                continue;
            }
            String[] monthDay = EnglishWords.HOLIDAYS.get(m.group("h").replaceAll("\\s+", " ")).split("-");
            out.add(new Found(m.start(), m.end(), Meaning.CalendarDate.day(null, Integer.parseInt(monthDay[0]),
                    Integer.parseInt(monthDay[1])), null, null, true));
        }
    }

    private static void clocks(String s, List<Found> out) {
        Matcher m = CLOCK_THEN_DAY.matcher(s);
        while (m.find()) {
            int hour = m.group("noon") != null ? 12 : Integer.parseInt(m.group("h"));
            if (hour > 12 || !Character.isUpperCase(s.charAt(m.start(m.group("wd") != null ? "wd" : "month")))) {
                continue;
            }
            if (m.group("ampm") != null) {
                hour = hour % 12 + (m.group("ampm").toLowerCase(Locale.ROOT).startsWith("p") ? 12 : 0);
            }
            int minute = m.group("min") == null ? 0 : Integer.parseInt(m.group("min"));
            Meaning meaning = m.group("wd") != null
                    ? new Meaning.Weekday(DayOfWeek.of(Integer.parseInt(EnglishWords.WEEKDAYS.get(m.group("wd")))), null, LocalTime.of(hour, minute))
                    : new Meaning.CalendarDate(null, EnglishWords.month(m.group("month")), Integer.parseInt(m.group("d")), hour, minute, null);
            out.add(new Found(m.start(), m.end(), meaning, null, null, true));
        }
        m = CLOCK.matcher(s);
        while (m.find()) {
            int hour = Integer.parseInt(m.group("h"));
            boolean pm = m.group("ampm").toLowerCase(Locale.ROOT).startsWith("p");
            if (hour > 12) {
                continue;
            }
            hour = hour % 12 + (pm ? 12 : 0);
            Integer minute = m.group("min") == null ? null : Integer.valueOf(m.group("min"));
            out.add(new Found(m.start(), m.end(), new Meaning.CalendarDate(null, null, null, hour, minute, null), null, null, true));
        }
    }

    private static void recurrences(String s, List<Found> out) {
        Matcher m = RECURRENCE.matcher(s);
        while (m.find()) {
            String value = switch (m.group("w").toLowerCase(Locale.ROOT)) {
                case "daily" -> "P1D";
                case "weekly" -> "P1W";
                case "monthly" -> "P1M";
                case "hourly" -> "PT1H";
                default -> "P1Y";
            };
            out.add(new Found(m.start(), m.end(), new Meaning.Recurrence(value), null, null, false));
        }
        m = EVERY.matcher(s);
        while (m.find()) {
            String u = m.group("u").toLowerCase(Locale.ROOT);
            String weekday = EnglishWords.WEEKDAYS.get(u);
            String value = weekday != null ? TimeResolver.everyWeekday(DayOfWeek.of(Integer.parseInt(weekday)))
                    : switch (u) {
                        case "week" -> "P1W";
                        case "month" -> "P1M";
                        case "year" -> "P1Y";
                        default -> "P1D";
                    };
            out.add(new Found(m.start(), m.end(), new Meaning.Recurrence(value), null, null, false));
        }
    }

    private static String mod(Matcher m) {
        String mod = m.group("mod");
        if (mod == null) {
            return null;
        }
        String w = mod.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (w.startsWith("early") || w.startsWith("beginning") || w.startsWith("start") || w.equals("earlier")) {
            return "START";
        }
        if (w.startsWith("mid")) {
            return "MID";
        }
        return "END";
    }

    private static String quantifier(String q) {
        if (q == null) {
            return null;
        }
        return switch (q.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "more than", "over" -> "MORE_THAN";
            case "less than", "nearly", "almost", "under" -> "LESS_THAN";
            case "at least" -> "EQUAL_OR_MORE";
            case "up to" -> "EQUAL_OR_LESS";
            default -> "APPROX";
        };
    }

    private static Unit unitOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "year" -> Unit.YEAR;
            case "month" -> Unit.MONTH;
            case "week" -> Unit.WEEK;
            case "day" -> Unit.DAY;
            default -> Unit.QUARTER;
        };
    }

    private static int offset(String rel) {
        return switch (rel.toLowerCase(Locale.ROOT)) {
            case "next", "coming" -> 1;
            // "the past year" is the year before, as TimeBank dates it, like "last year".
            case "last", "previous", "past" -> -1;
            default -> 0;
        };
    }

    static String previousWord(String s, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
