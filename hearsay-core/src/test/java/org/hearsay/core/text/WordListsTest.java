package org.hearsay.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListsTest {
    @Test
    void entriesAreStrippedAndCommentsAndBlanksSkipped() {
        assertEquals(List.of("Kreml", "laut\tPREP"), WordLists.lines(WordListsTest.class, "sample-list.txt"));
    }

    @Test
    void aMissingListNamesItself() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordLists.lines(WordListsTest.class, "absent.txt"));
        assertTrue(e.getMessage().contains("absent.txt"), e.getMessage());
    }
}
