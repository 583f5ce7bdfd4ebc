package org.hearsay.lang.de.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Guards the measured gain: on GermEval 2014 dev (outer PER/ORG/LOC, exact spans) the stage
 * must stay clearly ahead of CoreNLP's tagger alone. Skipped when the corpus is absent.
 */
class GermEvalDevTest {
    private static final double REQUIRED_GAIN = 1.0;

    @Test
    void rulesBeatTheTaggerAlone() throws IOException {
        Optional<Path> dev = SharedData.find(SharedData.GERMEVAL_DEV);
        if (dev.isEmpty()) {
            System.out.println("GermEvalDevTest skipped: " + SharedData.GERMEVAL_DEV + " not found");
        }
        Assumptions.assumeTrue(dev.isPresent(), "GermEval dev not available");
        GermEvalDevCheck.Comparison result = GermEvalDevCheck.compare(dev.get(), SharedStage.STAGE);
        System.out.print(result.report());
        double gain = 100 * (result.hearsay().f1() - result.crf().f1());
        assertTrue(gain >= REQUIRED_GAIN, "F1 gain over CoreNLP alone only " + gain + " points");
    }
}
