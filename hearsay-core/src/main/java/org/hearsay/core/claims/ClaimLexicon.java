package org.hearsay.core.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Token;
import org.hearsay.core.text.WordLists;

/**
 * A language's word knowledge about claims, read from the word lists a pack keeps next to its
 * {@link ClaimLanguage}: the same file names in every pack, so adding a language adds files.
 *
 * <ul>
 * <li>{@code modality-cues.txt}: see {@link CueLexicon}</li>
 * <li>{@code reporting-cues.txt}: reporting verb lemma {@code <TAB>} the modality it gives what it
 *     reports ("versprechen" → PROMISE, "bezeichnen" → STANCE)</li>
 * <li>{@code reporting-verbs.txt}: verbs of saying, whose tense tells when something was said,
 *     not when what was said happens ("said he would not approve")</li>
 * <li>{@code negations.txt}: words (forms or lemmas) that negate a clause</li>
 * <li>{@code condition-cues.txt}, {@code condition-restrictors.txt}: see {@link ConditionCues}</li>
 * <li>{@code conjunctions.txt}: words that open reported content and are no part of the claim ("dass")</li>
 * <li>{@code coordinators.txt}: words that join clauses ("und"), dropped where a cut-out report leaves one dangling</li>
 * <li>{@code light-words.txt}: lemmas too common to tell two claims apart ("sein", "geben")</li>
 * <li>{@code same-meaning.txt}: words news use for the same thing, one group a line, the first
 *     word standing for all ("Verhandlung Gespräch"); a word ending in one of them counts as well
 *     ("Friedensgespräch")</li>
 * <li>{@code frames.txt}: phrases that make a sentence of the article a mere reporting frame, no
 *     claim ("Das Portal beruft sich auf drei Quellen", "Das berichtet die Zeitung")</li>
 * <li>{@code first-person.txt}: the speaker's own pronouns ("wir", "we"): "Wir schicken zwei
 *     Flugzeuge" is a promise</li>
 * <li>{@code questions.txt}: see {@link QuestionTemplates}</li>
 * <li>{@code actors.txt}: nouns for those who can refuse or commit ("Regierung", "union"); a
 *     negated future of such a subject is a refusal, of anything else a forecast</li>
 * <li>{@code past-perfect.txt}: the auxiliaries of the past perfect ("hatte", "had"): a promise
 *     reported as "hatte versprochen" was made before the story and is no new commitment</li>
 * </ul>
 */
public final class ClaimLexicon {
    private final CueLexicon modalityCues;
    private final Map<String, Modality> reportingCues = new HashMap<>();
    private final Set<String> reportingVerbs;
    private final Set<String> negations;
    private final ConditionCues conditionCues;
    private final Set<String> conjunctions;
    private final Set<String> coordinators;
    private final Set<String> lightWords;
    private final Map<String, String> sameMeaning = new HashMap<>();
    private final QuestionTemplates questions;
    private final Phrases frames;
    private final Set<String> firstPerson;
    private final Phrases actors;
    private final Set<String> pastPerfect;
    /** Every list as read, in reading order: what {@link #fingerprint} hashes. */
    private final StringBuilder read = new StringBuilder();

    private ClaimLexicon(Class<?> owner) {
        modalityCues = new CueLexicon(lines(owner, "modality-cues.txt"));
        for (String line : lines(owner, "reporting-cues.txt")) {
            String[] cols = line.split("\t");
            reportingCues.put(cols[0], Modality.valueOf(cols[1]));
        }
        reportingVerbs = lowerCase(lines(owner, "reporting-verbs.txt"));
        negations = lowerCase(lines(owner, "negations.txt"));
        conditionCues = new ConditionCues(lines(owner, "condition-cues.txt"),
                lines(owner, "condition-restrictors.txt"));
        conjunctions = lowerCase(lines(owner, "conjunctions.txt"));
        coordinators = lowerCase(lines(owner, "coordinators.txt"));
        lightWords = lowerCase(lines(owner, "light-words.txt"));
        for (String line : lines(owner, "same-meaning.txt")) {
            String[] words = CueLexicon.lower(line).split(" ");
            for (String w : words) {
                sameMeaning.put(w, words[0]);
            }
        }
        questions = new QuestionTemplates(lines(owner, "questions.txt"));
        frames = new Phrases(lines(owner, "frames.txt"));
        firstPerson = lowerCase(lines(owner, "first-person.txt"));
        actors = new Phrases(lines(owner, "actors.txt"));
        pastPerfect = lowerCase(lines(owner, "past-perfect.txt"));
    }

    private List<String> lines(Class<?> owner, String resource) {
        List<String> lines = WordLists.lines(owner, resource);
        read.append(resource).append('\n');
        lines.forEach(line -> read.append(line).append('\n'));
        return lines;
    }

    /**
     * A hash of every list's entries: part of the claims stage's configuration, so that an edited
     * list makes stored analyses count as made by another configuration (and be redone on ingest).
     */
    public String fingerprint() {
        return ContentHash.of(read.toString());
    }

    /** The lists in the resource folder of {@code owner}'s package. */
    public static ClaimLexicon load(Class<?> owner) {
        return new ClaimLexicon(owner);
    }

    public CueLexicon modalityCues() {
        return modalityCues;
    }

    /** The modality a reporting verb gives the words it reports, or null. */
    public Modality reportingModality(String cueLemma) {
        return cueLemma == null ? null : reportingCues.get(cueLemma);
    }

    public boolean isReportingVerb(Token t) {
        return t.lemma() != null && reportingVerbs.contains(CueLexicon.lower(t.lemma()));
    }

    public boolean negates(Token t) {
        return is(negations, t);
    }

    public ConditionCues conditionCues() {
        return conditionCues;
    }

    public boolean isLeadingConjunction(Token t) {
        return is(conjunctions, t);
    }

    /** Whether a clause of the article only frames what others say ("beruft sich auf"). */
    public boolean isFrame(List<Token> clause) {
        return frames.foundIn(clause);
    }

    /** Whether a clause has the speaker's own pronoun ("wir", "ich", "we"). */
    public boolean speaksForItself(List<Token> clause) {
        return clause.stream().anyMatch(t -> firstPerson.contains(CueLexicon.lower(t.form())));
    }

    /** Whether a clause has a noun for someone who can refuse or commit ("die Regierung", "the union"). */
    public boolean namesActor(List<Token> clause) {
        return actors.foundIn(clause);
    }

    /** Whether a clause is in the past perfect ("hatte … versprochen", "had pledged"). */
    public boolean inPastPerfect(List<Token> clause) {
        return clause.stream().anyMatch(t -> pastPerfect.contains(CueLexicon.lower(t.form())));
    }

    public boolean isCoordinator(Token t) {
        return is(coordinators, t);
    }

    public boolean isLightWord(Token t) {
        return is(lightWords, t);
    }

    /**
     * What a content word is compared by: its lower-case lemma, with a word of a same-meaning
     * group (or a compound ending in one) mapped to the group's first word.
     */
    public String comparisonKey(Token t) {
        String word = CueLexicon.lower(t.lemma() != null ? t.lemma() : t.form());
        for (int i = 0; i < word.length(); i++) {
            String head = sameMeaning.get(word.substring(i));
            if (head != null) {
                return word.substring(0, i) + head;
            }
        }
        return word;
    }

    public QuestionTemplates questions() {
        return questions;
    }

    private static boolean is(Set<String> words, Token t) {
        return words.contains(CueLexicon.lower(t.form())) || t.lemma() != null && words.contains(CueLexicon.lower(t.lemma()));
    }

    private static Set<String> lowerCase(List<String> words) {
        return Set.copyOf(words.stream().map(CueLexicon::lower).toList());
    }
}
