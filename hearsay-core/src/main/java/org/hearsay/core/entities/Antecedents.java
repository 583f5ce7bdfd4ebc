package org.hearsay.core.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds what a description or pronoun refers to among the references before it: the most recent
 * person of matching gender and number, with the few rules of German and English binding that
 * news text needs. Anonymous speakers ("ein kremlnaher Gesprächspartner … Er") are referents too:
 * a pronoun that points at one refers to no entity.
 */
final class Antecedents {
    /** Sentences back, besides its own, that a pronoun looks for its antecedent. */
    private static final int PRONOUN_WINDOW = 2;
    /** Sentences back that a description by office looks; one that tells no office ("der Politiker") looks
     * as far as a pronoun. */
    private static final int DESCRIPTION_WINDOW = 4;
    /** Sentences back that "das Ministerium" looks for the ministry. */
    private static final int INSTITUTION_WINDOW = 12;

    /** One earlier reference: to an entity, or to an anonymous source when {@code cluster} is null. */
    private record Entry(Cluster cluster, Candidate candidate) {
    }

    private final List<Entry> history = new ArrayList<>();
    private final Map<Integer, Cluster.Assigned> namesByFirstToken;
    private final EntityLanguage language;

    Antecedents(Map<Integer, Cluster.Assigned> namesByFirstToken, EntityLanguage language) {
        this.namesByFirstToken = namesByFirstToken;
        this.language = language;
    }

    /** Whether a description's role says nothing about office, so that it adds none and fits any. */
    boolean generic(Candidate description) {
        return description.base() == null || language.genericRole(description.base());
    }

    void remember(Cluster cluster, Candidate candidate) {
        history.add(new Entry(cluster, candidate));
    }

    /**
     * The person a definite description names: the one it stands in apposition to ("des neu
     * gewählten Präsidenten Donald Trump", "Außenministerin Annalena Baerbock", "Trump, der neu
     * gewählte Präsident,"), else the most recent person that is not the subject of the same
     * sentence and, for an office ("der Präsident"), that the article has already given that
     * office: news introduces people with their title, and a "US-Präsident" nobody was called
     * before is someone new. A role that says nothing about office ("der Diktator", "des
     * amerikanischen Politikers") fits anyone of the last sentences.
     */
    Cluster description(Candidate c) {
        if (c.plural()) {
            return null;
        }
        if (c.type() != null) {
            return institution(c);
        }
        if (c.apposition() >= 0) {
            // The name it stands beside is what it describes, even where the tagger typed the name ORG.
            Cluster.Assigned named = namesByFirstToken.get(c.apposition());
            return named != null && (named.cluster().person() || "ORG".equals(named.cluster().type)) ? named.cluster() : null;
        }
        boolean generic = generic(c);
        int window = generic ? PRONOUN_WINDOW : DESCRIPTION_WINDOW;
        for (int i = history.size() - 1; i >= 0; i--) {
            Entry e = history.get(i);
            if (e.candidate().sentence() < c.sentence() - window) {
                break;
            }
            Cluster cluster = e.cluster();
            if (cluster != null && cluster.person() && agrees(cluster.gender, c.gender())
                    && (generic || cluster.knownAs(c.base())) && !subjectOfSentence(cluster, c)) {
                return cluster;
            }
        }
        return null;
    }

    /**
     * The organisation a definite description by its head noun names ("das Ministerium" after "das
     * Verkehrsministerium", "der Kommission" after "Die EU-Kommission"): the most recent one of its
     * type whose name ends in that noun. Institutions are referred to over longer stretches than people.
     */
    private Cluster institution(Candidate c) {
        String head = c.base().toLowerCase(Locale.ROOT);
        for (int i = history.size() - 1; i >= 0; i--) {
            Entry e = history.get(i);
            if (e.candidate().sentence() < c.sentence() - INSTITUTION_WINDOW) {
                break;
            }
            if (e.cluster() != null && c.type().equals(e.cluster().type)
                    && e.cluster().canonical.toLowerCase(Locale.ROOT).endsWith(head)) {
                return e.cluster();
            }
        }
        return null;
    }

    /** Whether the person is the subject of the description's sentence: "Er lobte den neuen Präsidenten" is about another. */
    private boolean subjectOfSentence(Cluster cluster, Candidate c) {
        return history.stream().anyMatch(e -> e.cluster() == cluster && e.candidate().sentence() == c.sentence()
                && e.candidate().nominative());
    }

    /**
     * The person (or, for a feminine pronoun, the organisation named by a feminine noun) a
     * third-person singular pronoun stands for, or null when it points at an anonymous source or
     * at nothing clear. A subject pronoun prefers the last subject; a demonstrative the last
     * person that was not one ("rief Trump an, wenn dieser …"); an object pronoun skips the
     * subject of its own clause ("Er erinnerte an das Attentat auf ihn").
     */
    Cluster pronoun(Candidate c) {
        if (c.plural() || c.gender() == null || "Neut".equals(c.gender())) {
            return null;
        }
        List<Entry> compatible = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            Entry e = history.get(i);
            if (e.candidate().sentence() < c.sentence() - PRONOUN_WINDOW) {
                break;
            }
            boolean bound = !c.nominative() && e.candidate().clause() == c.clause() && e.candidate().nominative();
            if (!bound && compatible(e, c)) {
                compatible.add(e);
            }
        }
        if (compatible.isEmpty()) {
            return null;
        }
        Entry chosen = compatible.get(0);
        if (c.demonstrative()) {
            chosen = compatible.stream().filter(e -> !subject(e)).findFirst().orElse(chosen);
        } else if (c.nominative()) {
            chosen = compatible.stream().filter(e -> subject(e) && e.candidate().sentence() >= c.sentence() - 1)
                    .findFirst().orElse(chosen);
        }
        return chosen.cluster();
    }

    private static boolean subject(Entry e) {
        return e.candidate().nominative() && !e.candidate().demonstrative();
    }

    private static boolean compatible(Entry e, Candidate pronoun) {
        if (e.candidate().plural()) {
            return false;
        }
        if (e.cluster() == null) {
            return pronoun.gender().equals(e.candidate().gender()) && e.candidate().kind() != Candidate.Kind.NAME;
        }
        if (!e.cluster().person()) {
            // "Die Gewerkschaft der Polizei … Sie bezeichnet": German "sie" agrees with an organisation's noun.
            return "ORG".equals(e.cluster().type) && "Fem".equals(pronoun.gender()) && "Fem".equals(e.candidate().gender());
        }
        String gender = e.cluster().gender != null ? e.cluster().gender : e.candidate().gender();
        return agrees(gender, pronoun.gender());
    }

    private static boolean agrees(String known, String wanted) {
        return known == null || wanted == null || known.equals(wanted);
    }
}
