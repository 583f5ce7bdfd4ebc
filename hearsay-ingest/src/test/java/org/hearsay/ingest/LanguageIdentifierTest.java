package org.hearsay.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageIdentifierTest {
    private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de | Der Verkehrsminister kündigte am Montag an, die Strecke bis zum Herbst zu sanieren.",
        "en | The transport minister announced on Monday that the line would be repaired by autumn.",
        "fr | Le ministre des transports a annoncé lundi que la ligne serait réparée d'ici l'automne.",
        "ru | Министр транспорта объявил в понедельник, что линию отремонтируют к осени.",
        "uk | Міністр транспорту оголосив у понеділок, що лінію відремонтують до осені.",
        "pl | Minister transportu zapowiedział w poniedziałek, że linia zostanie naprawiona do jesieni.",
    })
    void namesTheLanguage(String code, String text) {
        assertEquals(code, LANGUAGES.identify(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.11.2024 08:09", "--- 42 ---"})
    void nullWithoutLetters(String text) {
        assertNull(LANGUAGES.identify(text));
    }
}
