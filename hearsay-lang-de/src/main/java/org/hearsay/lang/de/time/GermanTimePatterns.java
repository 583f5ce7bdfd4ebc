package org.hearsay.lang.de.time;

import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static java.util.regex.Pattern.UNICODE_CASE;

import java.time.DayOfWeek;
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
 * The German time phrases, as regular expressions over one sentence's text: dates in digits and
 * words, months, years, weekdays, relative days and units, durations, vague words, anaphors,
 * holidays, clock times and recurrences. Each family is one method; overlaps are settled later
 * (longest wins). Patterns are compiled once and are safe to share between threads.
 */
final class GermanTimePatterns {
    private static final String L = "(?<![\\p{L}\\p{N}])";
    private static final String R = "(?![\\p{L}\\p{N}])";
    private static final int CI = CASE_INSENSITIVE | UNICODE_CASE;
    private static final String MONTH = GermanWords.MONTHS.alternation();
    private static final String WEEKDAY = GermanWords.WEEKDAYS.alternation();
    private static final String PART = "morgen|früh|vormittag|nachmittag|mittag|abend|nacht";
    private static final String NUMBER = GermanWords.NUMBERS.alternation();
    private static final String UNIT = GermanWords.UNITS.alternation();
    private static final String MOD = "(?:(?<mod>Anfang|Mitte|Ende)\\s+)?";
    private static final String REL = "(?<rel>dies\\w*|nächst\\w*|kommend\\w*|vergangen\\w*|letzt\\w*|vorig\\w*|laufend\\w*|folgend\\w*|selb\\w*)";

    private static final Pattern NUMERIC_DATE = Pattern.compile(L + "(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.(?:\\s?(?<y>\\d{4,5})|(?<yy>\\d{2}))?(?!\\d)"
            + "(?:,?\\s+(?:um\\s+)?(?<h>\\d{1,2})[:.](?<min>\\d{2})(?:\\s*Uhr)?)?(?!\\d)", CI);
    private static final Pattern ISO_DATE = Pattern.compile(L + "(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})" + R);
    private static final Pattern DAY_MONTH = Pattern.compile(L + "(?:(?<wd>" + WEEKDAY + "),?\\s+(?:(?:den|dem)\\s+)?"
            + "|(?<pod>Vormittag|Nachmittag|Mittag|Abend|Nacht|Morgen)\\s+(?:des|vom)\\s+)?" + MOD
            + "(?<d>\\d{1,2})\\.\\s*(?<month>" + MONTH + ")(?:\\s+(?<y>\\d{4,5}))?" + R, CI);
    private static final Pattern MONTH_PHRASE = Pattern.compile(L + MOD + "(?<month>" + MONTH + ")(?:\\s+(?<y>\\d{4})(?!\\d)|\\s+(?<rel>dieses|diesen|vorigen|vergangenen|letzten|nächsten|kommenden)\\s+Jahres)?" + R, CI);
    private static final Pattern YEAR_WORD = Pattern.compile(L + MOD + "(?:des\\s+)?Jahr(?:e|es)?\\s+(?<y>\\d{1,5})(?!\\d)", CI);
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}.,])" + MOD + "(?<y>1\\d{3}|20\\d{2})(?![\\d]|[.,]\\d)" + R, CI);
    private static final Pattern DECADE = Pattern.compile(L + "(?:(?:den|die|der)\\s+)?(?<c>19|20)?(?<d>\\d)0er(?:\\s*-\\s*|\\s+)?Jahre[n]?" + R, CI);
    private static final Pattern CENTURY = Pattern.compile(L + "(?<n>\\d{1,2})\\.\\s*Jahrhundert(?:s)?" + R, CI);
    private static final Pattern WEEKDAY_PHRASE = Pattern.compile(L + "(?:(?<rel>vergangenen|letzten|vorigen|kommenden|nächsten|diesen|diesem|kommende|nächste|vergangene|letzte|vorige)\\s+)?"
            + "(?<wd>" + WEEKDAY + ")(?<pod>" + PART + ")?" + R, CI);
    private static final Pattern WEEKLY = Pattern.compile(L + "(?<wd>" + WEEKDAY + ")s" + R);
    private static final Pattern RELATIVE_DAY = Pattern.compile(L + "(?<w>vorgestern|gestern|heute|übermorgen|morgen)(?:\\s+(?<pod>" + PART + "))?" + R, CI);
    private static final Pattern RELATIVE_UNIT = Pattern.compile(L + MOD + "(?:(?:des|der|dem|den)\\s+)?" + REL
            + "\\s+(?<unit>Jahr(?:es|s)?|Monat(?:s|es)?|Woche|Quartal(?:s)?)" + R, CI);
    private static final Pattern MOD_OF_UNIT = Pattern.compile(L + "(?<mod>Anfang|Mitte|Ende)\\s+(?:des|der)\\s+(?<unit>Jahres|Monats|Woche)" + R + "(?!\\s+\\d)", CI);
    private static final Pattern OWN_UNIT = Pattern.compile(L + MOD + "(?:(?:des|dem|im)\\s+)?(?<w>heuer|Vorjahr(?:es|s)?|Vormonat(?:s)?|Vorwoche)" + R, CI);
    private static final Pattern PART_OF_YEAR = Pattern.compile(L + "(?<n>ersten|zweiten|dritten|vierten|[1-4]\\.)\\s+(?<u>Quartal(?:s)?|Trimester(?:s)?|Halbjahr(?:es|s)?|Jahreshälfte)(?:\\s+(?<y>\\d{4}))?" + R, CI);
    private static final Pattern SEASON = Pattern.compile(L + MOD + "(?:" + REL + "\\s+)?(?<s>Frühjahr(?:s|es)?|Frühling(?:s)?|Sommer(?:s)?|Herbst(?:es|s)?|Winter(?:s)?)(?:\\s+(?<y>\\d{4}))?" + R);
    private static final Pattern AMOUNT = Pattern.compile(L + "(?:(?<pre>in|vor|innerhalb|binnen|nach|für|während|seit)\\s+)?"
            + "(?:(?<q>mehr\\s+als|weniger\\s+als|über|fast|knapp|rund|etwa|ca\\.|circa|gut|mindestens|höchstens|nahezu|beinahe)\\s+)?"
            + "(?<n>\\d+(?:,\\d+)?|" + NUMBER + ")(?:\\s*-\\s*|\\s+)(?<unit>" + UNIT + ")" + R, CI);
    private static final Pattern BARE_UNITS = Pattern.compile("(?<=(?:seit|vor|über|nach)\\s)(?<unit>Jahren|Monaten|Wochen|Tagen|Jahrzehnten|Stunden)" + R, CI);
    private static final Pattern SPAN_OF_DAYS = Pattern.compile(L + "(?:den\\s+)?(?<rel>vergangenen|letzten|kommenden|nächsten|folgenden)\\s+(?:(?<n>\\d+|" + NUMBER + ")\\s+)?"
            + "(?<unit>Tagen?|Wochen|Monaten?|Jahren?|Jahrzehnten?|Stunden|Minuten)" + R, CI);
    private static final Pattern AGE_AFTER = Pattern.compile("\\s+(?:alt|alte[nmrs]?|älter\\w*|jünger\\w*)" + R, CI);
    private static final Pattern VAGUE = Pattern.compile(L + "(?<v>" + GermanWords.VAGUE.alternation() + ")" + R, CI);
    private static final Pattern ANAPHOR = Pattern.compile(L + "(?<a>(?:diesem|demselben|selben|gleichen|nächsten|folgenden)\\s+Tag|Tag\\s+darauf|tags\\s+darauf|Vortag|Tags?\\s+zuvor)" + R, CI);
    /** A part of a day without its day: "am Nachmittag", "in der Nacht" (not "am Abend des 3. Mai", "in der Nacht auf Sonntag"). */
    private static final Pattern PART_OF_DAY_ALONE = Pattern.compile(L + "(?:[Aa]m|[Ii]n\\s+der|[Gg]egen)\\s+(?<p>Vormittag|Nachmittag|Mittag|Abend|Nacht|Morgen)"
            + R + "(?!\\s+(?:des|vor|nach|zum|zur|auf|von|bis)" + R + ")");
    private static final Pattern HOLIDAY = Pattern.compile(L + "(?<h>" + GermanWords.HOLIDAYS.alternation() + ")" + R, CI);
    private static final Pattern CLOCK = Pattern.compile(L + "(?<h>\\d{1,2})(?:[.:](?<min>\\d{2}))?\\s*Uhr" + R, CI);
    /** The first time of a range whose second time carries the "Uhr": "14.00 bis 16.00 Uhr", "10 – 12 Uhr". */
    private static final Pattern CLOCK_RANGE_START = Pattern.compile(L + "(?<h>\\d{1,2})(?:[.:](?<min>\\d{2}))?(?=\\s*(?:bis|-|–|und|/)\\s*\\d{1,2}(?:[.:]\\d{2})?\\s*Uhr)", CI);
    /** A clock time without "Uhr" after "um": "um 12.15 beginnt das Finale" (not "um 2.50 Euro"). */
    private static final Pattern CLOCK_AFTER_UM = Pattern.compile("(?<=\\bum\\s)(?<h>[01]?\\d|2[0-4])[.:](?<min>[0-5]\\d)(?!\\d|[.,:]\\d)"
            + "(?!\\s*(?:Uhr|Euro|€|Prozent|%|Mio|Mill|Mrd|Meter|m\\b|km|Kilo|kg|Punkte|Grad|Sekunden|Minuten|Stunden|Franken|Dollar|Cent))", CI);
    /** A day of a range or list whose last day carries the month: "3. bis 6. Oktober", "am 11., 18., und 25. März",
     * "am 16. und 17. sowie am 23. Jänner". */
    private static final Pattern DAY_RANGE_START = Pattern.compile(L + "(?<d>\\d{1,2})\\.(?=(?:(?:\\s*(?:bis|-|–|und|,|sowie|am))+\\s*\\d{1,2}\\.)+\\s*(?<month>" + MONTH + ")" + R + ")", CI);
    private static final Pattern WEEKEND = Pattern.compile(L + "(?:(?<rel>vergangenen|letzten|vorigen|kommenden|nächsten|diesem|dieses)\\s+)?Wochenende" + R, CI);
    private static final Pattern RECURRENCE = Pattern.compile(L + "(?<w>alljährlich|jährlich|monatlich|wöchentlich|tagtäglich|täglich|stündlich)\\w*" + R, CI);
    /**
     * "jeden Montag", "jedem Montagabend", "jeden zweiten Donnerstag" (every other one is still a weekly
     * day), "jeden ersten Mittwoch im Monat" (once a month).
     */
    private static final Pattern EVERY = Pattern.compile(L + "(?:jeden|jede|jedes|jedem)\\s+(?:(?:ersten|zweiten|dritten|vierten|letzten)\\s+)?"
            + "(?<u>Tag|Woche|Monat|Jahr|" + WEEKDAY + ")(?<pod>" + PART + ")?(?<monthly>\\s+im\\s+Monat)?" + R, CI);

    /** Words after which a bare month name is a month and not, say, the name "August". */
    private static final Set<String> MONTH_CUES = Set.of("im", "seit", "bis", "ab", "vom", "zum", "und", "oder", "bzw.", "sowie",
            "monat", "monats", "nach", "vor", "letzten", "vergangenen", "kommenden", "nächsten", "diesen", "diesem", "des", "dem",
            "zwischen", "von", "anfang", "mitte", "ende", "noch", "bereits", "schon", "erst", "spätestens", "heuer");
    /** Words after which a bare four-digit number is a year. */
    private static final Set<String> YEAR_CUES = Set.of("im", "seit", "bis", "ab", "von", "vor", "nach", "zwischen", "und", "bzw.",
            "oder", "anfang", "mitte", "ende", "jahr", "jahre", "jahres", "frühjahr", "sommer", "herbst", "winter", "saison",
            "(", "–", "-", "/", "noch", "bereits", "schon", "erst", "spätestens", "januar", "jänner", "februar", "märz", "april", "mai",
            "juni", "juli", "august", "september", "oktober", "november", "dezember");

    private GermanTimePatterns() {
    }

    // The words each pattern family needs in a sentence before it is worth running.
    private static final Set<String> MONTH_WORDS = SentenceWords.firstWords(GermanWords.MONTHS.entries().keySet());
    private static final Set<String> WEEKDAY_WORDS = GermanWords.WEEKDAYS.entries().keySet();
    private static final Set<String> DAY_WORDS = Set.of("vorgestern", "gestern", "heute", "übermorgen", "morgen");
    private static final Set<String> UNIT_STEMS = Set.of("jahr", "monat", "woche", "quartal", "heuer", "vorjahr", "vormonat", "vorwoche");
    private static final Set<String> PART_OF_YEAR_STEMS = Set.of("quartal", "trimester", "halbjahr", "jahreshälfte", "frühjahr", "frühling", "sommer", "herbst", "winter");
    private static final Set<String> UNIT_WORDS = GermanWords.UNITS.entries().keySet();
    private static final Set<String> VAGUE_WORDS = SentenceWords.firstWords(GermanWords.VAGUE.entries().keySet());
    private static final Set<String> ANAPHOR_STEMS = Set.of("tag", "vortag");
    private static final Set<String> PART_OF_DAY_WORDS = Set.of("vormittag", "nachmittag", "mittag", "abend", "nacht", "morgen");
    private static final Set<String> HOLIDAY_WORDS = SentenceWords.firstWords(GermanWords.HOLIDAYS.entries().keySet());
    private static final Set<String> RECURRENCE_PARTS = Set.of("jährlich", "monatlich", "wöchentlich", "täglich", "stündlich");
    private static final Set<String> EVERY_STEMS = Set.of("jede");

    /**
     * The time phrases of sentence {@code s}. {@code following} is the text after it up to the end of
     * the next sentence: the splitter may end a sentence inside a list of days ("am 7., 14. | , und 21.
     * April"), whose month only comes after.
     */
    static List<Found> find(String s, String following) {
        List<Found> out = new ArrayList<>();
        SentenceWords words = new SentenceWords(s);
        if (words.hasDigits()) {
            numericDates(s, out);
            dayMonths(s, following, out);
            years(s, out);
            periods(s, out);
            clocks(s, out);
        }
        if (words.any(MONTH_WORDS)) {
            months(s, out);
        }
        boolean weekday = words.anyStartingWith(WEEKDAY_WORDS);
        if (weekday) {
            weekdays(s, out);
        }
        if (words.any(DAY_WORDS)) {
            relativeDays(s, out);
        }
        if (words.anyStartingWith(UNIT_STEMS)) {
            relativeUnits(s, out);
        }
        if (words.anyStartingWith(PART_OF_YEAR_STEMS)) {
            partsOfYear(s, out);
        }
        if (words.any(UNIT_WORDS)) {
            amounts(s, out);
        }
        if (words.any(VAGUE_WORDS)) {
            vague(s, out);
        }
        if (words.anyStartingWith(ANAPHOR_STEMS)) {
            anaphors(s, out);
        }
        if (words.any(HOLIDAY_WORDS)) {
            holidays(s, out);
        }
        if (words.any(PART_OF_DAY_WORDS)) {
            partsOfDay(s, out);
        }
        if (weekday || words.anyContaining(RECURRENCE_PARTS) || words.anyStartingWith(EVERY_STEMS)) {
            recurrences(s, out);
        }
        return out;
    }

    private static void numericDates(String s, List<Found> out) {
        Matcher m = NUMERIC_DATE.matcher(s);
        while (m.find()) {
            int day = Integer.parseInt(m.group("d"));
            int month = Integer.parseInt(m.group("m"));
            if (day == 0 || day > 31 || month == 0 || month > 12) {
                continue;
            }
            Integer year = m.group("y") != null ? Integer.valueOf(m.group("y"))
                    : m.group("yy") != null ? twoDigitYear(Integer.parseInt(m.group("yy"))) : null;
            Integer hour = m.group("h") == null ? null : Integer.valueOf(m.group("h"));
            Integer minute = m.group("min") == null ? null : Integer.valueOf(m.group("min"));
            out.add(new Found(m.start(), m.end(), new Meaning.CalendarDate(year, month, day, hour, minute, null), null, null, true));
        }
        m = ISO_DATE.matcher(s);
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), Meaning.CalendarDate.day(Integer.parseInt(m.group("y")),
                    Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d"))), null, null, true));
        }
    }

    /** "24" is 2024 and "98" 1998: the nearer century for a news text. */
    private static int twoDigitYear(int yy) {
        return yy < 50 ? 2000 + yy : 1900 + yy;
    }

    private static void dayMonths(String s, String following, List<Found> out) {
        Matcher m = DAY_RANGE_START.matcher(s + following).region(0, s.length()).useTransparentBounds(true);
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), Meaning.CalendarDate.day(null, GermanWords.month(m.group("month")),
                    Integer.parseInt(m.group("d"))), null, null, true));
        }
        m = DAY_MONTH.matcher(s);
        while (m.find()) {
            Integer year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
            // "in der Nacht des 14. August": the part of the day belongs to the date it names.
            String part = m.group("pod") == null ? null : GermanWords.PARTS_OF_DAY.get(m.group("pod"));
            out.add(new Found(m.start(), m.end(), new Meaning.CalendarDate(year, GermanWords.month(m.group("month")),
                    Integer.parseInt(m.group("d")), null, null, part), mod(m), null, true));
        }
    }

    private static void months(String s, List<Found> out) {
        Matcher m = MONTH_PHRASE.matcher(s);
        while (m.find()) {
            int month = GermanWords.month(m.group("month"));
            String rel = m.group("rel");
            if (rel != null) {
                out.add(new Found(m.start(), m.end(), new Meaning.MonthInYear(month, yearOffset(rel)), mod(m), null, true));
                continue;
            }
            boolean bare = m.group("mod") == null && m.group("y") == null;
            if (bare && (!Character.isUpperCase(s.charAt(m.start())) || !MONTH_CUES.contains(previousWord(s, m.start())))) {
                continue;
            }
            Integer year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
            out.add(new Found(m.start(), m.end(), Meaning.CalendarDate.month(year, month), mod(m), null, true));
        }
    }

    private static void years(String s, List<Found> out) {
        Matcher m = YEAR_WORD.matcher(s);
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), Meaning.CalendarDate.year(Integer.parseInt(m.group("y"))), mod(m), null, true));
        }
        m = BARE_YEAR.matcher(s);
        while (m.find()) {
            if (m.group("mod") != null || YEAR_CUES.contains(previousWord(s, m.start())) || endsPhrase(s, m.end())) {
                out.add(new Found(m.start(), m.end(), Meaning.CalendarDate.year(Integer.parseInt(m.group("y"))), mod(m), null, true));
            }
        }
    }

    /** True when a number is followed by punctuation, the end, or a lower-case word (a verb, not a counted noun). */
    private static boolean endsPhrase(String s, int end) {
        String rest = s.substring(end).stripLeading();
        return rest.isEmpty() || ",.;:)!?\"“”'".indexOf(rest.charAt(0)) >= 0 || Character.isLowerCase(rest.charAt(0));
    }

    private static void periods(String s, List<Found> out) {
        Matcher m = DECADE.matcher(s);
        while (m.find()) {
            int century = m.group("c") == null ? 19 : Integer.parseInt(m.group("c"));
            out.add(new Found(m.start(), m.end(), new Meaning.Period(Unit.DECADE, century * 100 + Integer.parseInt(m.group("d")) * 10),
                    null, null, true));
        }
        m = CENTURY.matcher(s);
        while (m.find()) {
            int n = Integer.parseInt(m.group("n"));
            if (n > 0) {
                out.add(new Found(m.start(), m.end(), new Meaning.Period(Unit.CENTURY, (n - 1) * 100), null, null, true));
            }
        }
    }

    private static void weekdays(String s, List<Found> out) {
        Matcher m = WEEKDAY_PHRASE.matcher(s);
        while (m.find()) {
            if (!Character.isUpperCase(s.charAt(m.start("wd")))) {
                continue;
            }
            DayOfWeek day = DayOfWeek.of(Integer.parseInt(GermanWords.WEEKDAYS.get(m.group("wd"))));
            String part = m.group("pod") == null ? null : GermanWords.PARTS_OF_DAY.get(m.group("pod"));
            Direction hint = m.group("rel") == null ? null : direction(m.group("rel"));
            out.add(new Found(m.start(), m.end(), new Meaning.Weekday(day, part, null, hint != null), null, hint, true));
        }
        m = WEEKLY.matcher(s);
        while (m.find()) {
            DayOfWeek day = DayOfWeek.of(Integer.parseInt(GermanWords.WEEKDAYS.get(m.group("wd"))));
            out.add(new Found(m.start(), m.end(), new Meaning.Recurrence(TimeResolver.everyWeekday(day)), null, null, false));
        }
    }

    private static void relativeDays(String s, List<Found> out) {
        Matcher m = RELATIVE_DAY.matcher(s);
        while (m.find()) {
            String w = m.group("w");
            // "Morgen" inside a sentence is the noun (morning), "morgen" the adverb (tomorrow).
            if (w.equals("Morgen") && m.start() > 0) {
                continue;
            }
            int offset = switch (w.toLowerCase(Locale.ROOT)) {
                case "vorgestern" -> -2;
                case "gestern" -> -1;
                case "morgen" -> 1;
                case "übermorgen" -> 2;
                default -> 0;
            };
            String part = m.group("pod") == null ? null : GermanWords.PARTS_OF_DAY.get(m.group("pod"));
            out.add(new Found(m.start(), m.end(), new Meaning.Relative(Unit.DAY, offset, part), null, null, true));
        }
    }

    private static void relativeUnits(String s, List<Found> out) {
        Matcher m = RELATIVE_UNIT.matcher(s);
        while (m.find()) {
            Unit unit = unitOf(m.group("unit"));
            String rel = m.group("rel").toLowerCase(Locale.ROOT);
            Meaning meaning;
            if (rel.startsWith("folgend")) {
                meaning = new Meaning.Anaphor(unit, 1, true);
            } else if (rel.startsWith("selb")) {
                meaning = new Meaning.Anaphor(unit, 0, false);
            } else {
                meaning = new Meaning.Relative(unit, yearOffset(rel), null);
            }
            out.add(new Found(m.start(), m.end(), meaning, mod(m), null, true));
        }
        m = WEEKEND.matcher(s);
        while (m.find()) {
            int offset = m.group("rel") == null ? 0 : yearOffset(m.group("rel"));
            out.add(new Found(m.start(), m.end(), new Meaning.Relative(Unit.WEEK, offset, "WE"), null, null, true));
        }
        m = MOD_OF_UNIT.matcher(s);
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), new Meaning.Relative(unitOf(m.group("unit")), 0, null), mod(m), null, true));
        }
        m = OWN_UNIT.matcher(s);
        while (m.find()) {
            String w = m.group("w").toLowerCase(Locale.ROOT);
            Meaning meaning = w.equals("heuer") ? new Meaning.Relative(Unit.YEAR, 0, null)
                    : new Meaning.Relative(w.startsWith("vorjahr") ? Unit.YEAR : w.startsWith("vormonat") ? Unit.MONTH : Unit.WEEK, -1, null);
            out.add(new Found(m.start(), m.end(), meaning, mod(m), null, true));
        }
    }

    private static void partsOfYear(String s, List<Found> out) {
        Matcher m = PART_OF_YEAR.matcher(s);
        while (m.find()) {
            String n = m.group("n").toLowerCase(Locale.ROOT);
            int index = switch (n) {
                case "ersten", "1." -> 1;
                case "zweiten", "2." -> 2;
                case "dritten", "3." -> 3;
                default -> 4;
            };
            // "Trimester" is how South Tyrolean business news, after the Italian "trimestre", names a quarter.
            String u = m.group("u").toLowerCase(Locale.ROOT);
            Unit unit = u.startsWith("quartal") || u.startsWith("trimester") ? Unit.QUARTER : Unit.HALF_YEAR;
            if (unit == Unit.HALF_YEAR && index > 2) {
                continue;
            }
            Integer year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
            out.add(new Found(m.start(), m.end(), new Meaning.PartOfYear(unit, index, year, 0), null, null, true));
        }
        m = SEASON.matcher(s);
        while (m.find()) {
            String w = m.group("s").toLowerCase(Locale.ROOT);
            String code = w.startsWith("früh") ? "SP" : w.startsWith("sommer") ? "SU" : w.startsWith("herbst") ? "FA" : "WI";
            Integer year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
            int offset = m.group("rel") == null ? 0 : yearOffset(m.group("rel"));
            out.add(new Found(m.start(), m.end(), new Meaning.Season(code, year, offset), mod(m), null, true));
        }
    }

    private static void amounts(String s, List<Found> out) {
        Matcher m = AMOUNT.matcher(s);
        while (m.find()) {
            String pre = m.group("pre") == null ? null : m.group("pre").toLowerCase(Locale.ROOT);
            String n = m.group("n");
            Unit unit = GermanWords.unit(m.group("unit"));
            // "eines Tages" alone means "some day", not one day.
            if (pre == null && n.equalsIgnoreCase("eines") && unit == Unit.DAY) {
                continue;
            }
            if (unit == Unit.YEAR && isAge(s, m.start(), m.end())) {
                continue;
            }
            // KRAUTS (like HeidelTime) annotates "vor fünf Jahren", "in zwei Stunden" as the duration
            // "fünf Jahren", "zwei Stunden": the TIMEX3 is the amount of time, the preposition stays outside.
            int start = pre == null ? m.start() : m.start(m.group("q") != null ? "q" : "n");
            out.add(new Found(start, m.end(), new Meaning.Duration(GermanWords.amount(n), unit), quantifier(m.group("q")), null, false));
        }
        m = BARE_UNITS.matcher(s);
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), new Meaning.Duration(null, GermanWords.unit(m.group("unit"))), null, null, false));
        }
        m = SPAN_OF_DAYS.matcher(s);
        while (m.find()) {
            String rel = m.group("rel").toLowerCase(Locale.ROOT);
            boolean past = rel.startsWith("vergangen") || rel.startsWith("letzt");
            // "in den vergangenen Jahren" is an unspecified number of years (KRAUTS: PXY); "in den kommenden
            // Tagen" an unspecified time ahead.
            Meaning meaning = m.group("n") != null || past
                    ? new Meaning.Duration(m.group("n") == null ? null : GermanWords.amount(m.group("n")), GermanWords.unit(m.group("unit")))
                    : new Meaning.Literal("FUTURE_REF");
            out.add(new Found(m.start(), m.end(), meaning, null, null, false));
        }
    }

    /**
     * "22 Jahre alt", "der 16 Jahre jüngere Bruder", "Jugendliche ab 16 Jahren": an age, which the
     * annotation guidelines do not count as a time expression.
     */
    private static boolean isAge(String s, int start, int end) {
        return AGE_AFTER.matcher(s).region(end, s.length()).lookingAt() || previousWord(s, start).equals("ab");
    }

    private static void vague(String s, List<Found> out) {
        Matcher m = VAGUE.matcher(s);
        while (m.find()) {
            String value = GermanWords.VAGUE.get(m.group("v").replaceAll("\\s+", " "));
            out.add(new Found(m.start(), m.end(), new Meaning.Literal(value), null, null, false));
        }
    }

    private static void anaphors(String s, List<Found> out) {
        Matcher m = ANAPHOR.matcher(s);
        while (m.find()) {
            String a = m.group("a").toLowerCase(Locale.ROOT);
            Meaning meaning;
            if (a.startsWith("vortag") || a.endsWith("zuvor")) {
                meaning = new Meaning.Anaphor(Unit.DAY, -1, true);
            } else if (a.startsWith("nächsten") || a.startsWith("folgenden") || a.endsWith("darauf")) {
                meaning = new Meaning.Anaphor(Unit.DAY, 1, true);
            } else {
                meaning = new Meaning.Anaphor(Unit.DAY, 0, false);
            }
            out.add(new Found(m.start(), m.end(), meaning, null, null, true));
        }
    }

    private static void partsOfDay(String s, List<Found> out) {
        Matcher m = PART_OF_DAY_ALONE.matcher(s);
        while (m.find()) {
            String code = GermanWords.PARTS_OF_DAY.get(m.group("p"));
            out.add(new Found(m.start("p"), m.end(), new Meaning.PartOfDay(code), null, null, false));
        }
    }

    private static void holidays(String s, List<Found> out) {
        Matcher m = HOLIDAY.matcher(s);
        while (m.find()) {
            String[] monthDay = GermanWords.HOLIDAYS.get(m.group("h").replaceAll("\\s+", " ")).split("-");
            out.add(new Found(m.start(), m.end(), Meaning.CalendarDate.day(null, Integer.parseInt(monthDay[0]),
                    Integer.parseInt(monthDay[1])), null, null, true));
        }
    }

    private static void clocks(String s, List<Found> out) {
        Matcher m = CLOCK_RANGE_START.matcher(s);
        while (m.find()) {
            Integer minute = m.group("min") == null ? null : Integer.valueOf(m.group("min"));
            out.add(new Found(m.start(), m.end(), new Meaning.CalendarDate(null, null, null, Integer.valueOf(m.group("h")), minute, null),
                    null, null, true));
        }
        m = CLOCK_AFTER_UM.matcher(s);
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), new Meaning.CalendarDate(null, null, null, Integer.valueOf(m.group("h")),
                    Integer.valueOf(m.group("min")), null), null, null, true));
        }
        m = CLOCK.matcher(s);
        while (m.find()) {
            Integer minute = m.group("min") == null ? null : Integer.valueOf(m.group("min"));
            out.add(new Found(m.start(), m.end(), new Meaning.CalendarDate(null, null, null, Integer.valueOf(m.group("h")), minute, null),
                    null, null, true));
        }
    }

    private static void recurrences(String s, List<Found> out) {
        Matcher m = RECURRENCE.matcher(s);
        while (m.find()) {
            String w = m.group("w").toLowerCase(Locale.ROOT);
            String value = w.endsWith("jährlich") ? "P1Y" : w.startsWith("monat") ? "P1M" : w.startsWith("wöchent") ? "P1W"
                    : w.startsWith("stünd") ? "PT1H" : "P1D";
            out.add(new Found(m.start(), m.end(), new Meaning.Recurrence(value), null, null, false));
        }
        m = EVERY.matcher(s);
        while (m.find()) {
            String u = m.group("u").toLowerCase(Locale.ROOT);
            String weekday = GermanWords.WEEKDAYS.get(u);
            String part = m.group("pod") == null ? "" : "T" + GermanWords.PARTS_OF_DAY.get(m.group("pod"));
            String value = m.group("monthly") != null ? "P1M"
                    : weekday != null ? TimeResolver.everyWeekday(DayOfWeek.of(Integer.parseInt(weekday))) + part
                    : switch (u) {
                        case "woche" -> "P1W";
                        case "monat" -> "P1M";
                        case "jahr" -> "P1Y";
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
        return switch (mod.toLowerCase(Locale.ROOT)) {
            case "anfang" -> "START";
            case "mitte" -> "MID";
            default -> "END";
        };
    }

    private static String quantifier(String q) {
        if (q == null) {
            return null;
        }
        String w = q.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (w) {
            case "mehr als", "über", "gut" -> "MORE_THAN";
            case "weniger als", "fast", "knapp", "nahezu", "beinahe" -> "LESS_THAN";
            case "mindestens" -> "EQUAL_OR_MORE";
            case "höchstens" -> "EQUAL_OR_LESS";
            default -> "APPROX";
        };
    }

    private static Unit unitOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("jahr") ? Unit.YEAR : w.startsWith("monat") ? Unit.MONTH : w.startsWith("woche") ? Unit.WEEK : Unit.QUARTER;
    }

    /** "nächsten" +1, "vergangenen" -1, "diesen" 0. */
    private static int yearOffset(String rel) {
        String r = rel.toLowerCase(Locale.ROOT);
        if (r.startsWith("nächst") || r.startsWith("kommend")) {
            return 1;
        }
        if (r.startsWith("vergangen") || r.startsWith("letzt") || r.startsWith("vorig")) {
            return -1;
        }
        return 0;
    }

    private static Direction direction(String rel) {
        int offset = yearOffset(rel);
        return offset < 0 ? Direction.PAST : offset > 0 ? Direction.FUTURE : null;
    }

    /** The word before a position, lower case, or "" at the start. */
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
