package org.hearsay.lang.de.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds the names of our lists that the statistical tagger missed ("Kreml", "Werstka" once listed)
 * and corrects its type where it found exactly a listed name. A listed name that only overlaps a
 * longer tagged name ("Berlin" in "Hertha BSC Berlin") is left to the longer one.
 */
final class GazetteerTagging {
    private final Gazetteer gazetteer;

    GazetteerTagging(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> apply(DocumentWords words, List<Candidate> candidates) {
        List<Candidate> result = new ArrayList<>(candidates);
        int sentenceStart = 0;
        while (sentenceStart < words.size()) {
            int sentenceEnd = words.sentenceEnd(sentenceStart);
            List<String> sentence = words.forms().subList(sentenceStart, sentenceEnd);
            for (Gazetteer.Match match : gazetteer.find(sentence)) {
                apply(result, new Candidate(sentenceStart + match.start(), sentenceStart + match.end(),
                        match.type(), Candidate.Evidence.GAZETTEER));
            }
            sentenceStart = sentenceEnd;
        }
        return result;
    }

    private static void apply(List<Candidate> candidates, Candidate listed) {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate found = candidates.get(i);
            if (found.first() == listed.first() && found.end() == listed.end()) {
                candidates.set(i, listed);
                return;
            }
            if (found.overlaps(listed.first(), listed.end())) {
                return;
            }
        }
        candidates.add(listed);
    }
}
