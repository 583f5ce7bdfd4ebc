package org.hearsay.core.claims;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Claim.Modality;

/**
 * The resolution questions of a language, one template per modality with and without a deadline,
 * read from {@code questions.txt}: {@code MODALITY <TAB> deadline|open <TAB> template}. Templates
 * use {proposition}, {deadline} (formatted with the {@code date} line's pattern), {condition} and
 * {holder} (the {@code holder} line's text with {name}, empty for the article's own claims).
 */
public final class QuestionTemplates {
    private final Map<Modality, String> withDeadline = new EnumMap<>(Modality.class);
    private final Map<Modality, String> open = new EnumMap<>(Modality.class);
    private final String holderNote;
    private final DateTimeFormatter dates;

    QuestionTemplates(List<String> lines) {
        String note = "";
        DateTimeFormatter format = DateTimeFormatter.ISO_LOCAL_DATE;
        for (String line : lines) {
            String[] cols = line.split("\t");
            switch (cols[0]) {
                case "date" -> format = DateTimeFormatter.ofPattern(cols[2]);
                case "holder" -> note = cols[2];
                default -> (cols[1].equals("deadline") ? withDeadline : open).put(Modality.valueOf(cols[0]), cols[2]);
            }
        }
        holderNote = note;
        dates = format;
    }

    /**
     * The question for a trackable claim.
     *
     * @param deadline  ISO date, or null
     * @param condition the condition's text, or null
     * @param holder    the holder's name, or null for the article
     */
    public String question(Modality modality, String proposition, String deadline, String condition, String holder) {
        String template = deadline != null && withDeadline.containsKey(modality) ? withDeadline.get(modality)
                : open.get(modality);
        if (template == null) {
            throw new IllegalStateException("questions.txt has no template for " + modality);
        }
        return template.replace("{proposition}", proposition)
                .replace("{deadline}", deadline == null ? "" : LocalDate.parse(deadline).format(dates))
                .replace("{condition}", condition == null ? "" : condition)
                .replace("{holder}", holder == null ? "" : holderNote.replace("{name}", holder));
    }
}
