package org.hearsay.ingest;

import java.util.Locale;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Names an article's language (ISO 639-1) with Lingua, choosing among the languages news in
 * our region comes in. A small candidate set keeps both memory and mistakes down; text in
 * another language gets the closest candidate's code or none, and the caller decides what
 * an unsupported language means. The detector is built once, on first use, for all threads
 * (Lingua's detector is immutable after building; its models are shared statics).
 * <p>
 * Low-accuracy mode (trigram models only): for these twelve languages it loads in under a
 * second and holds about 17 MB, where high accuracy takes about 5 s and 360 MB, a price worth
 * paying only for texts shorter than a sentence, and articles are longer.
 */
final class LanguageIdentifier {
    private static final Language[] CANDIDATES = {
        Language.GERMAN, Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
        Language.DUTCH, Language.POLISH, Language.RUSSIAN, Language.UKRAINIAN, Language.TURKISH,
        Language.PORTUGUESE, Language.CZECH,
    };
    /** A few paragraphs decide the language; reading a whole long article only costs time. */
    static final int SAMPLE_CHARS = 2000;

    private static final class Detector {
        static final LanguageDetector INSTANCE = LanguageDetectorBuilder.fromLanguages(CANDIDATES)
                .withLowAccuracyMode().build();
    }

    /** @return the ISO 639-1 code, or null when the text gives no clue (no letters, mixed evenly) */
    String identify(String text) {
        Language language = Detector.INSTANCE.detectLanguageOf(sample(text));
        return language == Language.UNKNOWN ? null : code(language.getIsoCode639_1());
    }

    private static String code(IsoCode639_1 iso) {
        return iso.name().toLowerCase(Locale.ROOT);
    }

    private static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
        return text.substring(0, cut > 0 ? cut : SAMPLE_CHARS);
    }
}
