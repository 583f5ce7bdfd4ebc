package org.hearsay.lang.de.claims;

import java.util.List;
import java.util.Set;
import org.hearsay.core.claims.ClaimLanguage;
import org.hearsay.core.claims.ClaimLexicon;
import org.hearsay.core.model.Claim.Orientation;
import org.hearsay.core.model.Token;
import org.hearsay.core.text.WordLists;

/**
 * German claim knowledge: the word lists of this package, finite verbs and side clauses from STTS
 * tags, orientation from tense and mood (UD features: Konjunktiv I is Mood=Sub with Tense=Pres).
 */
public final class GermanClaimLanguage implements ClaimLanguage {
    public static final GermanClaimLanguage INSTANCE = new GermanClaimLanguage();

    /** Subordinating conjunctions whose clause says why or how, not what is claimed. */
    private static final Set<String> ADVERBIAL = Set.of("damit", "weil", "da", "obwohl", "obgleich", "nachdem",
            "während", "indem", "als", "seit", "seitdem", "bevor", "ehe", "sodass", "wobei");
    /** What follows a relative pronoun the tagger took for an article (", die bereit sind"). */
    private static final Set<String> NOT_AFTER_ARTICLE = Set.of("ADJD", "APPR", "PPER", "PRF", "PTKNEG", "PIS");

    /** Verbs whose Perfekt takes "sein": "ist gestiegen" is past, "ist geplant" a state. */
    private static final Set<String> SEIN_PERFECT = Set.copyOf(WordLists.lines(GermanClaimLanguage.class, "sein-perfect.txt"));

    private final ClaimLexicon lexicon = ClaimLexicon.load(GermanClaimLanguage.class);

    private GermanClaimLanguage() {
    }

    @Override
    public ClaimLexicon lexicon() {
        return lexicon;
    }

    @Override
    public boolean isFiniteVerb(Token t) {
        return t.pos() != null && t.pos().startsWith("V") && t.pos().endsWith("FIN");
    }

    @Override
    public boolean opensSideClause(List<Token> unit, int i) {
        Token t = unit.get(i);
        String pos = t.pos() == null ? "" : t.pos();
        Token next = i + 1 < unit.size() ? unit.get(i + 1) : null;
        String nextPos = next == null || next.pos() == null ? "" : next.pos();
        return switch (pos) {
            // A "relative pronoun" right before a common noun is an article the tagger misread (", das Gebiet … zu säubern").
            case "PRELS" -> !nextPos.equals("NN") && !nextPos.equals("ADJA");
            case "PRELAT", "PWAV" -> true;
            case "KOUS" -> ADVERBIAL.contains(t.form().toLowerCase());
            case "APPR" -> nextPos.startsWith("PREL");
            case "ART" -> nextPos.startsWith("V") || NOT_AFTER_ARTICLE.contains(nextPos);
            default -> false;
        };
    }

    /**
     * "werden" + infinitive (also "würde" + infinitive) and "soll" + infinitive look ahead;
     * Präteritum, Perfekt ("hat … verdoppelt", "ist … gestiegen", "sei … getroffen worden") and
     * "soll … haben" look back; Präsens, which German also uses for the future, stays PRESENT for
     * the rules on modality and dates to move. A participle that reads like the infinitive
     * ("werden … nicht entlassen") counts as an infinitive after "werden".
     */
    @Override
    public Orientation orientation(List<Token> clause) {
        Token finite = clause.stream().filter(this::isFiniteVerb).findFirst().orElseThrow();
        String lemma = lemma(finite);
        boolean subjunctive = has(finite, "Mood", "Sub");
        boolean infinitive = clause.stream().anyMatch(t -> t != finite && isInfinitive(t));
        List<Token> participles = clause.stream().filter(t -> t.pos() != null && t.pos().endsWith("PP")).toList();
        boolean perfectInfinitive = !participles.isEmpty() && clause.stream().anyMatch(t -> t != finite
                && (lemma(t).equals("haben") || lemma(t).equals("sein")) && t.pos() != null && t.pos().endsWith("INF"));
        if (lemma.equals("sollen") && perfectInfinitive) {
            return Orientation.PAST;
        }
        // "wurden … beladen" is a past passive, not a future: only a present or subjunctive "werden" looks ahead.
        boolean pastIndicative = has(finite, "Tense", "Past") && !subjunctive;
        boolean futureInfinitive = infinitive || !pastIndicative && participles.stream().anyMatch(p -> p.form().equals(p.lemma()));
        if (lemma.equals("werden") && futureInfinitive || lemma.equals("sollen") && has(finite, "Tense", "Pres") && infinitive) {
            return Orientation.FUTURE;
        }
        if (pastIndicative) {
            return Orientation.PAST;
        }
        boolean perfect = switch (lemma) {
            case "haben" -> !participles.isEmpty();
            case "sein" -> participles.stream().anyMatch(p -> lemma(p).equals("werden") || SEIN_PERFECT.contains(lemma(p)));
            default -> false;
        };
        return perfect ? Orientation.PAST : Orientation.PRESENT;
    }

    private static boolean isInfinitive(Token t) {
        return t.pos() != null && (t.pos().endsWith("INF") || t.pos().equals("VVIZU"));
    }

    @Override
    public boolean isContentWord(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        return pos.startsWith("NN") || pos.equals("NE") || pos.startsWith("VV") || pos.startsWith("ADJ");
    }

    @Override
    public boolean isNoun(Token t) {
        return "NN".equals(t.pos());
    }

    @Override
    public boolean isPreposition(Token t) {
        return t.pos() != null && t.pos().startsWith("AP");
    }

    private static boolean has(Token t, String feature, String value) {
        String v = t.feature(feature);
        return v != null && v.contains(value);
    }

    private static String lemma(Token t) {
        return (t.lemma() != null ? t.lemma() : t.form()).toLowerCase();
    }
}
