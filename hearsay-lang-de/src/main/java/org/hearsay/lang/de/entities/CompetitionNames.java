package org.hearsay.lang.de.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Leagues, cups and championships are events, not organisations ("Bundesliga", "Uefa-Cup",
 * "Fußball-WM"): the tagger calls them ORG, we call them MISC, as news-NER guidelines do.
 */
final class CompetitionNames {
    private static final List<String> EVENT_HEADS = List.of(
            "liga", "cup", "pokal", "meisterschaft", "-wm", "-em", "olympiade", "turnier", "festival");

    List<Candidate> apply(DocumentWords words, List<Candidate> candidates) {
        List<Candidate> result = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            boolean event = c.evidence() == Candidate.Evidence.MODEL && c.type().equals("ORG")
                    && isEventHead(words.get(c.end() - 1));
            result.add(event ? c.retyped("MISC", Candidate.Evidence.MODEL) : c);
        }
        return result;
    }

    private static boolean isEventHead(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        return EVENT_HEADS.stream().anyMatch(lower::endsWith);
    }
}
