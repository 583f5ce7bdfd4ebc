package org.hearsay.eval.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TimeML files (KRAUTS, TempEval-3 TBAQ) into plain text with gold TIMEX3 offsets. The same
 * tag stripping serves HeidelTime's TimeML output, so both sides are measured on the same text.
 */
public final class TimeMlReader {
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");
    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3([^>]*)>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2}))?");

    private TimeMlReader() {
    }

    /** Text and TIMEX3 of a piece of inline-tagged TimeML. */
    public record Stripped(String text, List<Timex> timexes) {
    }

    public static TimeMlDocument read(Path file, String language) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher dct = DCT.matcher(xml);
        if (!dct.find()) {
            throw new IOException(file + ": no DCT");
        }
        String dctValue = attributes(dct.group(1)).getOrDefault("value", "");
        Matcher date = DATE.matcher(dctValue);
        if (!date.lookingAt()) {
            throw new IOException(file + ": DCT value '" + dctValue + "' is not a date");
        }
        boolean hasTime = date.group(4) != null;
        LocalDateTime moment = LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                        Integer.parseInt(date.group(3)))
                .atTime(hasTime ? LocalTime.of(Integer.parseInt(date.group(4)), Integer.parseInt(date.group(5))) : LocalTime.MIDNIGHT);
        Matcher text = TEXT.matcher(xml);
        if (!text.find()) {
            throw new IOException(file + ": no TEXT element");
        }
        Stripped stripped = strip(text.group(1));
        return new TimeMlDocument(file.getFileName().toString(), language, stripped.text(), moment, hasTime, dctValue,
                stripped.timexes());
    }

    /** Removes all tags, decodes entities, and keeps the TIMEX3 that cover text with their offsets. */
    public static Stripped strip(String tagged) {
        StringBuilder text = new StringBuilder(tagged.length());
        List<Timex> timexes = new ArrayList<>();
        Map<String, String> open = null;
        int openAt = 0;
        Matcher tag = TAG.matcher(tagged);
        int last = 0;
        while (tag.find()) {
            decode(tagged.substring(last, tag.start()), text);
            last = tag.end();
            if (!tag.group(2).equals("TIMEX3") || !tag.group(4).isEmpty()) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                open = attributes(tag.group(3));
                openAt = text.length();
            } else if (open != null) {
                if (text.length() > openAt) {
                    timexes.add(new Timex(openAt, text.length(), open.getOrDefault("type", ""),
                            open.getOrDefault("value", ""), text.substring(openAt)));
                }
                open = null;
            }
        }
        decode(tagged.substring(last), text);
        return new Stripped(text.toString(), timexes);
    }

    private static void decode(String raw, StringBuilder out) {
        out.append(raw.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&"));
    }

    private static Map<String, String> attributes(String raw) {
        Map<String, String> out = new HashMap<>();
        Matcher a = ATTRIBUTE.matcher(raw);
        while (a.find()) {
            out.put(a.group(1), a.group(2));
        }
        return out;
    }
}
