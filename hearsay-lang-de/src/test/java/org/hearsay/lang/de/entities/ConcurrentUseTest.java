package org.hearsay.lang.de.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.EntityMention;
import org.junit.jupiter.api.Test;

/** One stage instance serves several threads and gives each the result it gives alone. */
class ConcurrentUseTest {
    private static final String[][] DOCUMENTS = {
        {"Das Portal Grebnik meldete , dass Marta Kowalczyk in Warschau sprach .", "Kowalczyk widersprach später ."},
        {"Am Montag gratulierte Wladimir Putin Donald Trump zum Sieg .", "Der Kreml schwieg ."},
        {"Die Vereinten Nationen tagten in Genf .", "Auch die Stadt Ostrowka wurde genannt ."},
        {"Siemens und die Deutsche Bahn einigten sich in Berlin .", "Bahnchef Klaus Weber war zufrieden ."},
    };

    @Test
    void concurrentResultsEqualSequentialOnes() throws Exception {
        List<List<EntityMention>> sequential = new ArrayList<>();
        for (String[] document : DOCUMENTS) {
            sequential.add(Mentions.of(PreTokenized.ofSentences(document)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<EntityMention>>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String[] document : DOCUMENTS) {
                    Analysis input = PreTokenized.ofSentences(document);
                    futures.add(pool.submit(() -> Mentions.of(input)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % DOCUMENTS.length), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
