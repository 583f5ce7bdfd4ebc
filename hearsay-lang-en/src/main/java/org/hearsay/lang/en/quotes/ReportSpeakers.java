package org.hearsay.lang.en.quotes;

import java.util.Locale;
import java.util.Set;
import org.hearsay.lang.en.quotes.EnglishWords.Phrase;

/**
 * Who speaks through a verb of saying, found before it, and the verb group around it: auxiliaries
 * ("has said", "did not say", "he’s hoping"), a time phrase between subject and verb ("Clinton on
 * Tuesday said"), relative pronouns ("X, who said …"), appositions ("X, a farmer from Ohio, said")
 * and the subject of the clause a participle or coordinated verb belongs to ("X endorsed Y, saying …",
 * "X praised Y and said …").
 */
final class ReportSpeakers {
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");

    private final EnglishWords w;
    private final EnglishQuoteLexicon lexicon;

    ReportSpeakers(EnglishWords words, EnglishQuoteLexicon lexicon) {
        this.w = words;
        this.lexicon = lexicon;
    }

    /** The token before a time phrase that ends at {@code i} ("Clinton on Tuesday said"), or {@code i}. */
    int beforeTimePhrase(int i, int start) {
        int k = i;
        while (k >= start && (lexicon.isTimeWord(w.lower(k)) || w.pos(k).equals("CD"))) {
            k--;
        }
        if (k == i) {
            return i;
        }
        while (k >= start && lexicon.opensTime(w.lower(k))) {
            k--;
        }
        return k;
    }

    /** A present participle hung on a clause: "…, saying …", "… – adding …", "…,” saying …". */
    boolean participle(int verb) {
        if (!w.pos(verb).equals("VBG") || verb < 2) {
            return false;
        }
        int before = w.isQuoteMark(verb - 1) ? verb - 2 : verb - 1;
        return w.isComma(before) || w.isDash(before);
    }

    /** A base form right after a plural subject is a present tense the tagger missed: "voters say/VB …". */
    boolean mistaggedPresent(int verb) {
        return w.pos(verb).equals("VB") && verb > 0 && (w.pos(verb - 1).equals("NNS") || w.pos(verb - 1).equals("CD"));
    }

    boolean auxiliary(int i) {
        return w.pos(i).equals("MD") || w.pos(i).startsWith("VB") && AUXILIARIES.contains(w.lemma(i).toLowerCase(Locale.ROOT));
    }

    /** "’s" before a present participle is "is", whatever the tagger made of it ("he’s hoping"). */
    boolean contractedIs(int i, int verb) {
        return w.pos(verb).equals("VBG") && (w.lower(i).equals("'s") || w.lower(i).equals("’s"));
    }

    /** The first token of the auxiliaries before a verb ("has said", "did not say", "will argue"), or the verb. */
    int auxiliariesBefore(int verb) {
        int first = verb;
        int j = verb - 1;
        int start = w.sentenceStart(verb);
        while (j >= start && (w.pos(j).equals("RB") || auxiliary(j) || contractedIs(j, verb))) {
            if (!w.pos(j).equals("RB") || w.lower(j).equals("not") || w.lower(j).equals("n't")) {
                first = w.pos(j).equals("RB") ? first : j;
            }
            j--;
        }
        // "was asked" and "is expected" are passives: the subject is not who speaks.
        if (first < verb && w.pos(verb).equals("VBN") && !w.lemma(first).equalsIgnoreCase("have")) {
            return verb;
        }
        return first;
    }

    /** "X, a farmer from Ohio who backs Y, said": the subject runs from the clause start to the comma. */
    private Phrase appositionSubject(int start, int comma) {
        int first = start;
        for (int j = comma - 1; j > start; j--) {
            if (w.isDash(j) || w.isQuoteMark(j) && w.isComma(j - 1)) {
                first = j + 1; // a dateline, or the words quoted before: "“…,” X, a farmer, said"
                break;
            }
        }
        Phrase head = w.nounPhraseAt(first);
        if (head == null || head.end() >= comma || !w.isComma(head.end())) {
            return null;
        }
        boolean relative = false;
        for (int j = head.end(); j < comma; j++) {
            relative |= w.pos(j).startsWith("W");
            if (w.isFiniteVerb(j) && !relative) {
                return null;
            }
        }
        return new Phrase(first, comma);
    }

    /**
     * Who speaks through the verb, found before it: a relative pronoun, the subject, a subject set off
     * by an apposition, or for a participle or a coordinated verb the subject of the clause; null
     * when none is found.
     */
    Phrase speakerBefore(int verb) {
        int start = w.sentenceStart(verb);
        int before = beforeTimePhrase(auxiliariesBefore(verb) - 1, start);
        while (before >= start && w.pos(before).equals("RB")) {
            before--;
        }
        return speakerBefore(verb, before);
    }

    Phrase speakerBefore(int verb, int before) {
        int start = w.sentenceStart(verb);
        boolean relativePronoun = before >= start && (w.pos(before).equals("WP") || w.pos(before).equals("WDT"));
        if (relativePronoun && RELATIVES.contains(w.lower(before))) {
            return new Phrase(before, before + 1);
        }
        if (participle(verb)) {
            return subjectOfClause(start, before);
        }
        Phrase speaker = w.subjectBefore(before + 1);
        if (speaker == null && before > start && w.isComma(before)) {
            speaker = appositionSubject(start, before);
        }
        if (speaker == null && before >= start && w.pos(before).equals("CC")) {
            speaker = subjectOfClause(start, before);
        }
        return speaker;
    }

    /**
     * The subject of the clause a participle or coordinated verb belongs to: that of the sentence's
     * first finite verb when its subject opens the sentence ("X, who …, endorsed Y, saying"), else
     * that of the nearest finite verb before.
     */
    private Phrase subjectOfClause(int start, int before) {
        Phrase nearest = null;
        for (int j = start + 1; j <= before; j++) {
            if (w.isFiniteVerb(j)) {
                Phrase subject = w.subjectBefore(auxiliariesBefore(j));
                if (subject == null) {
                    subject = w.isComma(auxiliariesBefore(j) - 1) ? appositionSubject(start, auxiliariesBefore(j) - 1) : null;
                }
                if (subject != null && nearest == null && subject.first() <= start + 1) {
                    return subject;
                }
                nearest = subject != null ? subject : nearest;
            }
        }
        return nearest;
    }

    boolean relative(Phrase speaker) {
        return speaker.end() - speaker.first() == 1 && RELATIVES.contains(w.lower(speaker.first()))
                && w.pos(speaker.first()).startsWith("W");
    }
}
