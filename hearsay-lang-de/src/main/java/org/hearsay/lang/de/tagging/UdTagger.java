package org.hearsay.lang.de.tagging;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's German part-of-speech tagger, which assigns Universal Dependencies tags (UPOS: NOUN,
 * VERB, AUX…). Both the token stage (which refines them into STTS with morphology) and the
 * dependency parser (whose model was trained on UPOS) need these tags; tagging is deterministic,
 * so both get the same. Loaded once per JVM on first use; MaxentTagger is thread-safe.
 */
public final class UdTagger {
    public static final String MODEL = "edu/stanford/nlp/models/pos-tagger/german-ud.tagger";

    private UdTagger() {
    }

    /** One UPOS tag per word form. */
    public static List<String> tag(List<String> forms) {
        List<Word> words = new ArrayList<>(forms.size());
        for (String form : forms) {
            words.add(new Word(asTrained(form)));
        }
        List<TaggedWord> tagged = Holder.TAGGER.tagSentence(words);
        List<String> tags = new ArrayList<>(tagged.size());
        for (int i = 0; i < tagged.size(); i++) {
            tags.add(corrected(forms.get(i), tagged.get(i).tag()));
        }
        return tags;
    }

    /**
     * The form as the tagger saw it in training: its treebank has straight quotes only, so a
     * closing „…“ quote would be an unknown word (and was tagged NUM).
     */
    public static String asTrained(String form) {
        return switch (form) {
            case "„", "“", "”", "«", "»", "''", "``" -> "\"";
            case "‚", "‘", "’", "‹", "›" -> "'";
            default -> form;
        };
    }

    /** Rare punctuation (dashes, odd quotes) is sometimes tagged as a word; it never is one. */
    private static String corrected(String form, String tag) {
        if (!tag.equals("PUNCT") && !tag.equals("SYM") && isPunctuation(form)) {
            return "PUNCT";
        }
        return tag;
    }

    /** Dashes, brackets, quotes and sentence marks; not "%", "&" or "§", which act as words. */
    private static boolean isPunctuation(String form) {
        return !form.isEmpty() && form.codePoints().allMatch(c -> switch (Character.getType(c)) {
            case Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION -> true;
            default -> ".,;:!?…\"'".indexOf(c) >= 0;
        });
    }

    private static final class Holder {
        static final MaxentTagger TAGGER = new MaxentTagger(MODEL);
    }
}
