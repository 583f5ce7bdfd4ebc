package org.hearsay.store.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void transliterationsOfOneNameShareAKey() {
        assertEquals(NameKey.of("Kiew"), NameKey.of("Kyiv"));
        assertEquals(NameKey.of("Kiew"), NameKey.of("Kiev"));
        assertEquals(NameKey.of("Werstka"), NameKey.of("Verstka"));
        assertEquals(NameKey.of("Jelzin"), NameKey.of("Yeltsin"), "by the generic rules alone");
        assertEquals(NameKey.of("Chodorkowski"), NameKey.of("Khodorkovsky"));
        assertEquals(NameKey.of("Wolodymyr Selenskyj"), NameKey.of("Volodymyr Zelenskyy"), "word by word");
        assertEquals(NameKey.of("Moskau"), NameKey.of("Moscow"), "from the variant table");
        assertEquals(NameKey.of("Brüssel"), NameKey.of("BRUSSELS"));
        assertEquals(NameKey.of("Müller"), NameKey.of("Muller"));
        assertEquals(NameKey.of("Baltrion Terminals AG"), NameKey.of("Baltrion Terminals"), "the legal form goes");
        assertEquals(NameKey.of("Acme Corp."), NameKey.of("ACME"));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertNotEquals(NameKey.of("Bern"), NameKey.of("Berlin"));
        assertNotEquals(NameKey.of("Anna Keller"), NameKey.of("Anna Kessler"));
        assertEquals(NameKey.fold("US Army"), NameKey.of("US Army"), "short words are not looked up in the variant table");
        assertEquals("", NameKey.of("–"));
        assertEquals("ag", NameKey.of("AG"), "a name that is only a legal form stays");
    }
}
