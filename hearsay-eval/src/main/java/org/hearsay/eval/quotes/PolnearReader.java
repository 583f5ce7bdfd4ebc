package org.hearsay.eval.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hearsay.core.model.Span;
import org.hearsay.eval.CorpusFiles;

/**
 * Reads a PolNeAR split (polnear-en/dev or train): {@code text/NAME.txt} and the brat stand-off
 * files {@code attributions/NAME_ANNOTATOR.ann}. An article annotated by several annotators is
 * read from its first annotation file in name order, so every article counts once. Attributions
 * are the {@code E} lines; their {@code T} spans may be discontinuous ({@code 3223 3246;3248 3443}).
 * Brat offsets count code points, which are converted to the UTF-16 offsets Hearsay uses.
 */
public final class PolnearReader {
    /** The roles PolNeAR annotates, in the order they are reported. */
    public static final List<Role> ROLES = List.of(Role.QUOTE, Role.SPEAKER, Role.CUE);
    private static final Pattern SPAN_LINE = Pattern.compile("T\\d+\t");
    private static final Pattern EVENT_LINE = Pattern.compile("E\\d+\t");

    private PolnearReader() {
    }

    /** @param limit the first N articles in name order; 0 for all */
    public static List<PolnearDocument> read(Path split, int limit) {
        Path texts = split.resolve("text");
        List<Path> files = CorpusFiles.first(CorpusFiles.in(texts, ".txt"), limit);
        List<Path> annotations = CorpusFiles.in(split.resolve("attributions"), ".ann");
        List<PolnearDocument> documents = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            List<Path> own = annotations.stream().filter(a -> annotatorFileOf(a, name)).toList();
            if (own.isEmpty()) {
                throw new IllegalArgumentException(file + ": no annotation file");
            }
            try {
                documents.add(parse(name, Files.readString(file), own.getFirst().getFileName().toString(),
                        own.size(), Files.readAllLines(own.getFirst())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(own.getFirst() + ": " + e.getMessage(), e);
            }
        }
        return documents;
    }

    /** {@code NAME_XXXX.ann}, where the annotator id has no underscore. */
    private static boolean annotatorFileOf(Path annotation, String name) {
        String file = annotation.getFileName().toString();
        return file.startsWith(name + "_") && file.substring(name.length() + 1).matches("[^_]+\\.ann");
    }

    static PolnearDocument parse(String name, String text, String annotationFile, int annotators, List<String> lines) {
        Map<String, List<Span>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : lines) {
            // A span's text may run over a line break; such continuation lines are not annotations.
            String[] fields = line.split("\t");
            if (SPAN_LINE.matcher(line).lookingAt()) {
                spans.put(fields[0], pieces(text, fields[1].substring(fields[1].indexOf(' ') + 1)));
            } else if (EVENT_LINE.matcher(line).lookingAt()) {
                events.add(fields[1].strip().split(" "));
            }
        }
        List<PolnearAttribution> attributions = new ArrayList<>();
        int skipped = 0;
        for (String[] arguments : events) {
            Map<Role, List<Span>> roles = new EnumMap<>(Role.class);
            for (String argument : arguments) {
                String[] roleAndId = argument.split(":");
                Role role = roleOf(roleAndId[0]);
                if (role != null) {
                    List<Span> target = spans.get(roleAndId[1]);
                    if (target == null) {
                        throw new IllegalArgumentException("E line names unknown " + roleAndId[1]);
                    }
                    roles.computeIfAbsent(role, r -> new ArrayList<>()).addAll(target);
                }
            }
            if (roles.containsKey(Role.QUOTE) || roles.containsKey(Role.CUE)) {
                attributions.add(new PolnearAttribution(roles));
            } else {
                skipped++;
            }
        }
        return new PolnearDocument(name, text, annotationFile, annotators, attributions, skipped);
    }

    /** Content, Content2 → quote; Source → speaker; Cue → cue; the Attribution anchor → null. */
    private static Role roleOf(String label) {
        if (label.startsWith("Content")) {
            return Role.QUOTE;
        }
        if (label.startsWith("Source")) {
            return Role.SPEAKER;
        }
        if (label.startsWith("Cue")) {
            return Role.CUE;
        }
        return null;
    }

    /** {@code "3223 3246;3248 3443"} in code points → UTF-16 spans. */
    private static List<Span> pieces(String text, String offsets) {
        List<Span> pieces = new ArrayList<>();
        for (String piece : offsets.split(";")) {
            String[] ends = piece.strip().split(" ");
            pieces.add(new Span(utf16(text, Integer.parseInt(ends[0])), utf16(text, Integer.parseInt(ends[1]))));
        }
        return pieces;
    }

    private static int utf16(String text, int codePoints) {
        return text.offsetByCodePoints(0, codePoints);
    }
}
