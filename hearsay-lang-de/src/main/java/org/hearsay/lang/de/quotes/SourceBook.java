package org.hearsay.lang.de.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.Source.Kind;
import org.hearsay.core.model.Span;

/**
 * The sources of one article, built up as speakers are met in text order. A speaker phrase
 * resolves to a named person (by surname, over all its name mentions), an outlet introduced by a
 * media noun, compounds included ("das Portal Werstka", "die Regionalzeitung Küstenbote"; later
 * "Das Portal", "Werstka", "Der Küstenbote", its "Journalisten" and "Reporter der Zeitung"), an
 * organisation (later also "das Unternehmen"), or an anonymous source typed by its noun and
 * affiliation, described ones ("ein Kranführer", "Umweltverbände") included. Anaphora only as far as speakers need:
 * "er" is the first person or source mentioned in the nearest earlier sentence that has one,
 * "Der Diktator" the same among persons, "der Gesprächspartner" the last anonymous source
 * introduced. Not thread-safe: one per {@code apply} call.
 */
final class SourceBook {
    private static final Set<String> SINGULAR_PRONOUNS = Set.of("er", "ihm", "ihn", "es", "sein", "seiner", "seinem", "seinen");
    private static final int ANAPHORA_REACH = 3;

    /** A source under construction. */
    static final class Entry {
        final String id;
        final Kind kind;
        final String name;
        final int introduced;
        final TreeSet<Span> mentions = new TreeSet<>();
        String anonymousType;
        String affiliation;
        Integer count;
        boolean plural;

        Entry(String id, Kind kind, String name, int introduced) {
            this.id = id;
            this.kind = kind;
            this.name = name;
            this.introduced = introduced;
        }

        Source toSource() {
            return new Source(id, kind, name, List.copyOf(mentions), anonymousType, affiliation, count, plural);
        }
    }

    /** A candidate antecedent: a resolved speaker mention, or a person's name not yet a source. */
    private record Ref(int sentence, int token, Entry entry, EntityMention person) {
    }

    private final Words w;
    private final QuoteLexicon lexicon;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Ref> refs = new ArrayList<>();
    private final BitSet insideQuotes;

    SourceBook(Words words, QuoteLexicon lexicon, BitSet insideQuotes) {
        this.w = words;
        this.lexicon = lexicon;
        this.insideQuotes = insideQuotes;
        for (EntityMention e : words.entities) {
            // Names inside a direct quote are the quoted speaker's topic, not the narrator's.
            if (e.type().equals("PER") && !insideQuotes.get(e.firstToken())) {
                refs.add(new Ref(words.tokens.get(e.firstToken()).sentence(), e.firstToken(), null, e));
            }
        }
    }

    List<Source> sources() {
        return entries.stream().map(Entry::toSource).toList();
    }

    /** The source a speaker phrase stands for, or null when an anaphor finds no antecedent. */
    Entry resolve(Phrase speaker, boolean pluralVerb) {
        Span words = w.spanOf(speaker);
        // The same words met twice (a cited group that is also the speaker) name one source.
        Entry entry = entries.stream().filter(e -> e.mentions.contains(words)).findFirst()
                .orElseGet(() -> lookUp(speaker, pluralVerb));
        if (entry != null) {
            entry.mentions.add(w.spanOf(speaker));
            refs.add(new Ref(w.tokens.get(speaker.first()).sentence(), speaker.first(), entry, null));
        }
        return entry;
    }

    /** A source named in a relay statement ("zwei aus Putins Verwaltung"). */
    Entry member(RelayStatements.Member member) {
        Phrase p = member.phrase();
        boolean numberOnly = w.pos(p.first()).equals("CARD") || w.pos(p.first()).equals("PIS");
        if (!numberOnly) {
            return resolve(p, member.plural());
        }
        boolean ownNoun = member.head() > p.first() && member.head() < p.end();
        // "zwei aus Putins Verwaltung" is placed by what follows the number, "zwei Beamte aus …" by what follows the noun.
        Entry entry = anonymous(p, member.head(), ownNoun ? member.head() + 1 : p.first() + 1);
        entry.mentions.add(w.spanOf(p));
        entry.count = member.count();
        entry.plural = member.plural();
        return entry;
    }

    private Entry lookUp(Phrase speaker, boolean pluralVerb) {
        List<EntityMention> entities = w.entitiesIn(speaker);
        for (EntityMention e : entities) {
            if (e.type().equals("PER")) {
                return person(e);
            }
        }
        int first = speaker.first();
        if (speaker.end() - first <= 2 && (w.isPronoun(first) || w.pos(first).equals("PPOSAT") || w.pos(first).equals("PRELAT"))) {
            boolean singular = SINGULAR_PRONOUNS.contains(w.form(first).toLowerCase(java.util.Locale.ROOT));
            return anaphor(first, false, singular);
        }
        Entry outletByName = outletNamed(speaker);
        if (outletByName != null) {
            return outletByName;
        }
        int head = headNoun(speaker);
        if (head < 0) {
            return null;
        }
        int coreEnd = head + 1;
        while (coreEnd < speaker.end() && w.isNoun(coreEnd)) {
            coreEnd++;
        }
        boolean definite = w.pos(first).equals("ART") && "Def".equals(w.tokens.get(first).feature("Definite"));
        boolean bare = coreEnd == speaker.end() && !hasAdjective(first, head);
        if (lexicon.isOutletNoun(w.lemma(head))) {
            String name = coreEnd > head + 1 ? w.textOf(new Phrase(head + 1, coreEnd)) : null;
            int title = head + 1 < speaker.end() && w.isQuoteMark(head + 1) ? w.titleEnd(head + 1) : -1;
            if (name == null && title > 0 && title <= speaker.end()) {
                // "die Zeitung „Yemen Observer“": the name between the marks.
                name = w.textOf(new Phrase(head + 2, title - 1));
            }
            if (name != null) {
                return outlet(name, w.textOf(new Phrase(definite ? first + 1 : first, head + 1)), first);
            }
            Entry last = last(Kind.OUTLET, first);
            return definite && last != null ? last : outlet(w.textOf(speaker), null, first);
        }
        for (EntityMention e : entities) {
            // "der Vorsitzende des Linux-Verbandes": an organisation after the head noun is where the speaker belongs.
            if ((e.type().equals("ORG") || e.type().equals("MISC")) && e.firstToken() <= head) {
                return lexicon.isOutlet(e.text()) || named(Kind.OUTLET, e.text()) != null ? outlet(e.text(), null, first)
                        : organisation(e.text(), first);
            }
        }
        String type = lexicon.sourceNounType(w.lemma(head));
        if (type != null) {
            Entry outlet = last(Kind.OUTLET, first);
            if (type.equals("JOURNALIST") && bare && outlet != null) {
                return outlet;
            }
            Entry employer = type.equals("JOURNALIST") ? outletAfter(coreEnd, speaker.end()) : null;
            if (employer != null) {
                // "Reporter der Zeitung", "Journalisten des Portals": the outlet's own research.
                return employer;
            }
            Entry anonymous = last(Kind.ANONYMOUS, first);
            if (definite && bare && anonymous != null) {
                return anonymous;
            }
            Entry entry = anonymous(speaker, head, coreEnd);
            // "Gesprächspartner aus dem Kreml sagen": a bare noun with a plural verb is a group.
            entry.plural = w.isPlural(head) || pluralVerb && w.pos(first).equals("NN");
            return entry;
        }
        if (lexicon.isInformationNoun(w.lemma(head))) {
            int owner = coreEnd < speaker.end() && w.is(coreEnd, "von") ? coreEnd + 1 : coreEnd;
            if (owner < speaker.end() && (w.pos(owner).equals("ART") || w.isNoun(owner))) {
                // "in der Mitteilung des Unternehmens", "im Bericht von Greenpeace": whose words they are.
                return lookUp(new Phrase(owner, speaker.end()), pluralVerb);
            }
            // "nach ersten Informationen", "nach Medienberichten": a source not named at all.
            return anonymous(speaker, head, coreEnd);
        }
        if (definite && bare && lexicon.isOrganisationNoun(w.lemma(head))) {
            EntityMention named = lastOrganisationNamed(first);
            if (named != null) {
                return lexicon.isOutlet(named.text()) || named(Kind.OUTLET, named.text()) != null
                        ? outlet(named.text(), null, first) : organisation(named.text(), first);
            }
        }
        if (w.pos(head).equals("NE") && lexicon.isOutlet(w.form(head))) {
            return outlet(w.form(head), null, first);
        }
        if (lexicon.isEpithet(w.lemma(head))) {
            if (!definite) {
                return anonymous(speaker, head, coreEnd);
            }
            Entry antecedent = coreEnd == speaker.end() ? anaphor(first, true, true) : null;
            // "die Ministerin", "der Vorsitzende des Verbandes": a person known by office alone.
            return antecedent != null ? antecedent : create(Kind.NAMED_PERSON, w.textOf(speaker), first);
        }
        boolean indefinite = w.pos(first).equals("ART") && "Ind".equals(w.tokens.get(first).feature("Definite"));
        boolean barePlural = !w.pos(first).equals("ART") && w.pos(head).equals("NN") && w.isPlural(head);
        if (indefinite || barePlural) {
            // "ein langjähriger Kranführer", "Umweltverbände": someone described, not named.
            Entry entry = anonymous(speaker, head, coreEnd);
            entry.plural = barePlural;
            return entry;
        }
        return organisation(w.textOf(new Phrase(definite ? first + 1 : first, speaker.end())), first);
    }

    /**
     * An outlet met before under this phrase's words as its name, with or without an article
     * ("Handelsblick", "Der Küstenbote" after "die Regionalzeitung Küstenbote"); null otherwise.
     */
    private Entry outletNamed(Phrase speaker) {
        int first = speaker.first();
        if (w.pos(first).equals("ART") && speaker.end() > first + 1) {
            first++;
        }
        String words = w.textOf(new Phrase(first, speaker.end()));
        return named(Kind.OUTLET, words);
    }

    /** The last organisation named before the token outside quotes ("Solwerk" for a later "das Unternehmen"), or null. */
    private EntityMention lastOrganisationNamed(int token) {
        EntityMention last = null;
        for (EntityMention e : w.entities) {
            if (e.type().equals("ORG") && e.endToken() <= token && !insideQuotes.get(e.firstToken())) {
                last = e;
            }
        }
        return last;
    }

    /** The outlet a genitive after a journalist noun names ("der Zeitung", "des Portals", "des Spiegel"), or null. */
    private Entry outletAfter(int from, int end) {
        if (from >= end || !w.pos(from).equals("ART")) {
            return null;
        }
        int noun = from + 1;
        while (noun < end && !w.isNoun(noun)) {
            noun++;
        }
        if (noun >= end) {
            return null;
        }
        Entry byName = outletNamed(new Phrase(from, noun + 1));
        if (byName != null) {
            return byName;
        }
        return lexicon.isOutletNoun(w.lemma(noun)) ? last(Kind.OUTLET, from) : null;
    }

    private boolean hasAdjective(int from, int to) {
        for (int j = from; j < to; j++) {
            if (w.pos(j).equals("ADJA")) {
                return true;
            }
        }
        return false;
    }

    /** The last noun of the first run of nouns: "Portal" in "das Portal Werstka" is found via the run's start. */
    private int headNoun(Phrase p) {
        for (int j = p.first(); j < p.end(); j++) {
            if (w.isNoun(j)) {
                return j;
            }
        }
        return -1;
    }

    private Entry person(EntityMention mention) {
        String surname = surname(mention.text());
        for (Entry e : entries) {
            if (e.kind == Kind.NAMED_PERSON && surname(e.name).equals(surname)) {
                return e;
            }
        }
        EntityMention fullest = mention;
        for (EntityMention e : w.entities) {
            if (e.type().equals("PER") && surname(e.text()).equals(surname) && e.text().length() > fullest.text().length()) {
                fullest = e;
            }
        }
        Entry entry = create(Kind.NAMED_PERSON, fullest.text(), mention.firstToken());
        for (EntityMention e : w.entities) {
            if (e.type().equals("PER") && surname(e.text()).equals(surname)) {
                entry.mentions.add(e.span());
            }
        }
        return entry;
    }

    /** The last word of a name, without a genitive s ("Putins" → "Putin"). */
    private String surname(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return last.endsWith("s") && last.length() > 3 && w.text.contains(last.substring(0, last.length() - 1) + " ")
                ? last.substring(0, last.length() - 1) : last;
    }

    private Entry outlet(String name, String description, int token) {
        Entry entry = named(Kind.OUTLET, name);
        if (entry == null) {
            entry = create(Kind.OUTLET, name, token);
            entry.affiliation = description;
            for (EntityMention e : w.entities) {
                if (e.text().equals(name)) {
                    entry.mentions.add(e.span());
                }
            }
        }
        return entry;
    }

    private Entry organisation(String name, int token) {
        Entry entry = named(Kind.NAMED_ORGANISATION, name);
        return entry != null ? entry : create(Kind.NAMED_ORGANISATION, name, token);
    }

    private Entry named(Kind kind, String name) {
        return entries.stream().filter(e -> e.kind == kind && e.name.equals(name)).findFirst().orElse(null);
    }

    /** The source of this kind introduced last before the token. */
    private Entry last(Kind kind, int token) {
        return entries.stream().filter(e -> e.kind == kind && e.introduced < token)
                .max(Comparator.comparingInt(e -> e.introduced)).orElse(null);
    }

    /**
     * An anonymous source: its affiliation is what follows the noun ("aus dem Kreml", "die mit …
     * vertraut ist") and a "-nah" adjective before it ("kremlnaher"); its type comes from the
     * noun, else from the affiliation.
     */
    private Entry anonymous(Phrase phrase, int head, int affiliationStart) {
        Entry entry = create(Kind.ANONYMOUS, w.textOf(phrase), phrase.first());
        List<String> affiliation = new ArrayList<>();
        for (int j = phrase.first(); j < Math.min(head < 0 ? phrase.first() : head, phrase.end()); j++) {
            if (w.pos(j).equals("ADJA") && lexicon.affiliationType(w.adjectiveLemma(j)) != null) {
                affiliation.add(w.adjectiveLemma(j));
            }
        }
        int from = affiliationStart;
        while (from < phrase.end() && w.isComma(from)) {
            from++;
        }
        if (from < phrase.end()) {
            affiliation.add(w.textOf(new Phrase(from, phrase.end())));
        }
        entry.affiliation = affiliation.isEmpty() ? null : String.join(" ", affiliation);
        String nounType = head < 0 ? null : lexicon.sourceNounType(w.lemma(head));
        String type = nounType != null && !nounType.equals("UNSPECIFIED") ? nounType
                : entry.affiliation != null && lexicon.affiliationType(entry.affiliation) != null
                ? lexicon.affiliationType(entry.affiliation)
                // "Regierungskreise": the compound carries the affiliation itself.
                : head < 0 ? null : lexicon.affiliationType(w.lemma(head));
        entry.anonymousType = type == null ? "UNSPECIFIED" : type;
        return entry;
    }

    private Entry create(Kind kind, String name, int token) {
        Entry entry = new Entry("s" + (entries.size() + 1), kind, name, token);
        entries.add(entry);
        return entry;
    }

    /**
     * The antecedent of a pronoun or epithet: the first fitting mention in the nearest earlier
     * sentence that has one. Persons only for epithets; no groups for a singular pronoun.
     */
    private Entry anaphor(int token, boolean personsOnly, boolean singular) {
        int sentence = w.tokens.get(token).sentence();
        for (int s = sentence - 1; s >= Math.max(0, sentence - ANAPHORA_REACH); s--) {
            final int wanted = s;
            List<Ref> inSentence = refs.stream().filter(r -> r.sentence() == wanted)
                    .sorted(Comparator.comparingInt(Ref::token)).toList();
            for (Ref r : inSentence) {
                Entry entry = r.entry() != null ? r.entry() : person(r.person());
                boolean fits = (!personsOnly || entry.kind == Kind.NAMED_PERSON) && (!singular || !entry.plural);
                if (fits) {
                    return entry;
                }
            }
        }
        return null;
    }
}
