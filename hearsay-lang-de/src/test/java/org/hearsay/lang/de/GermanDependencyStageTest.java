package org.hearsay.lang.de;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Dependency;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Token;
import org.junit.jupiter.api.Test;

class GermanDependencyStageTest {

    @Test
    void everySentenceIsATree() {
        Analysis a = GermanText.analyseParsingAll("Der Minister sagte am Montag, die Reform komme.\n"
                + "Überschrift ohne Verb\n"
                + "„Wir warten ab“, erklärte die Sprecherin, die mit den Gesprächen vertraut ist.");
        assertTrees(a);
    }

    @Test
    void subjectAndObjectOfASimpleClause() {
        Analysis a = GermanText.analyseParsingAll("Die Regierung lehnt den Vorschlag ab.");
        Map<Integer, Dependency> heads = headsByDependent(a);
        Token lehnt = GermanText.token(a, "lehnt");
        assertEquals(-1, heads.get(lehnt.index()).head());
        assertEquals("root", heads.get(lehnt.index()).relation());
        Dependency subject = heads.get(GermanText.token(a, "Regierung").index());
        assertEquals("nsubj", subject.relation());
        assertEquals(lehnt.index(), subject.head());
        Dependency object = heads.get(GermanText.token(a, "Vorschlag").index());
        assertEquals("obj", object.relation());
        assertEquals(lehnt.index(), object.head());
        assertEquals("compound:prt", heads.get(GermanText.token(a, "ab").index()).relation());
    }

    @Test
    void indicesAreDocumentWide() {
        Analysis a = GermanText.analyseParsingAll("Erster Satz hier. Der Rat tagt.");
        Sentence second = a.get(Layers.SENTENCES).get(1);
        Dependency rat = headsByDependent(a).get(GermanText.token(a, "Rat").index());
        assertTrue(rat.head() >= second.firstToken() && rat.head() < second.endToken());
    }

    @Test
    void byDefaultOnlySentencesHoldingAQuotationAreParsed() {
        Analysis a = GermanText.analyse("Der Rat tagt am Montag in Brüssel.\n"
                + "Die Ministerin sagte, das Gesetz komme im Herbst.\n"
                + "„Wir warten ab“, sagte ein Sprecher des Ministeriums.\n"
                + "Danach gingen alle nach Hause.");
        Set<Integer> parsed = new TreeSet<>();
        Map<Integer, Dependency> heads = headsByDependent(a);
        for (Sentence s : a.get(Layers.SENTENCES)) {
            if (a.tokensOf(s).stream().anyMatch(t -> heads.containsKey(t.index()))) {
                parsed.add(s.index());
            }
        }
        assertFalse(a.get(Layers.QUOTATIONS).isEmpty(), "the test needs quotations to select sentences");
        assertEquals(Set.of(1, 2), parsed);
        assertTrees(a);
        assertNotEquals(GermanText.pipeline().provenance().configHash(),
                GermanText.parseAllPipeline().provenance().configHash());
    }

    /** Every sentence that has edges is one tree: one root, one head per token, no cycles. */
    static void assertTrees(Analysis a) {
        Map<Integer, Dependency> heads = headsByDependent(a);
        for (Sentence s : a.get(Layers.SENTENCES)) {
            List<Token> tokens = a.tokensOf(s);
            if (tokens.stream().noneMatch(t -> heads.containsKey(t.index()))) {
                continue;
            }
            assertTrue(tokens.stream().allMatch(t -> heads.containsKey(t.index())), "a parsed sentence has a head for every token");
            long roots = tokens.stream().filter(t -> heads.get(t.index()).head() == -1).count();
            assertEquals(1, roots, "roots in: " + a.textOf(s.span()));
            for (Token t : tokens) {
                int steps = 0;
                for (int node = t.index(); node != -1; node = heads.get(node).head()) {
                    assertTrue(node >= s.firstToken() && node < s.endToken(), "edge leaves its sentence");
                    assertTrue(++steps <= tokens.size(), "cycle through " + t);
                }
            }
        }
    }

    static Map<Integer, Dependency> headsByDependent(Analysis a) {
        Map<Integer, Dependency> heads = new HashMap<>();
        for (Dependency d : a.get(Layers.DEPENDENCIES)) {
            assertEquals(null, heads.put(d.dependent(), d), "two heads for token " + d.dependent());
        }
        return heads;
    }
}
