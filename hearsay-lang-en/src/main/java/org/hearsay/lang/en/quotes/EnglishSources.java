package org.hearsay.lang.en.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.Source.Kind;
import org.hearsay.core.model.Span;
import org.hearsay.lang.en.quotes.EnglishWords.Phrase;

/**
 * The sources of one English article, built as speakers are met in text order: named persons by
 * surname, outlets and organisations by name, anonymous sources typed by noun and affiliation
 * ("a senior official familiar with the talks"). "he"/"she" is the first person or source of the
 * nearest earlier sentence that has one; "the official" the last anonymous source; "the
 * president" the first person of the nearest sentence with one. One per {@code apply} call.
 */
final class EnglishSources {
    private static final Set<String> SINGULAR = Set.of("he", "she", "him", "her");
    private static final int REACH = 3;

    private static final class Entry {
        final String id;
        final Kind kind;
        final String name;
        final int introduced;
        final TreeSet<Span> mentions = new TreeSet<>();
        String type;
        String affiliation;
        boolean plural;

        Entry(String id, Kind kind, String name, int introduced) {
            this.id = id;
            this.kind = kind;
            this.name = name;
            this.introduced = introduced;
        }
    }

    private record Ref(int sentence, int token, Entry entry, EntityMention person) {
    }

    private final EnglishWords w;
    private final EnglishQuoteLexicon lexicon;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Ref> refs = new ArrayList<>();

    EnglishSources(EnglishWords words, EnglishQuoteLexicon lexicon) {
        this.w = words;
        this.lexicon = lexicon;
        for (EntityMention e : words.entities) {
            if (e.type().equals("PER")) {
                refs.add(new Ref(words.tokens.get(e.firstToken()).sentence(), e.firstToken(), null, e));
            }
        }
    }

    List<Source> sources() {
        return entries.stream().map(e -> new Source(e.id, e.kind, e.name, List.copyOf(e.mentions), e.type, e.affiliation, null,
                e.plural)).toList();
    }

    /** The id of the source a speaker phrase stands for, or null when a pronoun finds nothing. */
    String resolve(Phrase speaker) {
        Entry entry = lookUp(speaker);
        if (entry == null) {
            return null;
        }
        entry.mentions.add(w.spanOf(speaker));
        refs.add(new Ref(w.tokens.get(speaker.first()).sentence(), speaker.first(), entry, null));
        return entry.id;
    }

    private Entry lookUp(Phrase speaker) {
        Phrase relativeTo = relativeAntecedent(speaker);
        if (relativeTo != null) {
            return lookUp(relativeTo);
        }
        List<EntityMention> entities = w.entitiesIn(speaker);
        for (EntityMention e : entities) {
            if (e.type().equals("PER")) {
                return person(e);
            }
        }
        EntityMention named = personBySurname(speaker);
        if (named != null) {
            return person(named);
        }
        int first = speaker.first();
        if (w.pos(first).equals("PRP") && firstOrSecondPerson(w.form(first))) {
            return null; // the author or the reader: no one named in the article
        }
        if (w.pos(first).equals("PRP")) {
            return anaphor(first, false, SINGULAR.contains(w.lower(first)));
        }
        int head = -1;
        for (int j = first; j < speaker.end() && (head < 0 || w.isNoun(j)); j++) {
            if (w.isNoun(j)) {
                head = j;
            }
        }
        if (head < 0) {
            return null;
        }
        for (EntityMention e : entities) {
            // "Reuters", "the Kremlin" speak; "a Kremlin official" is an official.
            if ((e.type().equals("ORG") || e.type().equals("MISC")) && e.firstToken() <= head && e.endToken() > head) {
                return named(lexicon.isOutlet(e.text()) ? Kind.OUTLET : Kind.NAMED_ORGANISATION, e.text(), first);
            }
        }
        boolean definite = w.lower(first).equals("the");
        boolean bare = head + 1 == speaker.end() && head == first + 1;
        String type = lexicon.sourceNounType(w.lemma(head));
        if (type != null) {
            Entry last = entries.stream().filter(e -> e.kind == Kind.ANONYMOUS && e.introduced < first)
                    .max(Comparator.comparingInt(e -> e.introduced)).orElse(null);
            if (definite && bare && last != null) {
                return last;
            }
            Entry entry = create(Kind.ANONYMOUS, w.textOf(speaker), first);
            List<String> affiliation = new ArrayList<>();
            for (int j = first; j < head; j++) {
                if (w.pos(j).startsWith("JJ") || w.pos(j).startsWith("NNP")) {
                    affiliation.add(w.form(j));
                }
            }
            if (head + 1 < speaker.end()) {
                affiliation.add(w.textOf(new Phrase(head + 1, speaker.end())));
            }
            entry.affiliation = affiliation.isEmpty() ? null : String.join(" ", affiliation);
            String fromAffiliation = entry.affiliation == null ? null : lexicon.affiliationType(entry.affiliation);
            entry.type = !type.equals("UNSPECIFIED") ? type : fromAffiliation != null ? fromAffiliation : type;
            entry.plural = w.pos(head).equals("NNS");
            return entry;
        }
        if (w.pos(head).startsWith("NNP") && lexicon.isOutlet(w.form(head))) {
            return named(Kind.OUTLET, w.form(head), first);
        }
        if (definite && lexicon.isEpithet(w.lemma(head))) {
            Entry antecedent = anaphor(first, true, true);
            return antecedent != null ? antecedent : named(Kind.NAMED_PERSON, w.textOf(speaker), first);
        }
        return named(Kind.NAMED_ORGANISATION, w.textOf(definite ? new Phrase(first + 1, speaker.end()) : speaker), first);
    }

    /** For "who" in "Ada Frey, who said …", the phrase it stands for; null for any other speaker. */
    private Phrase relativeAntecedent(Phrase speaker) {
        int who = speaker.first();
        if (speaker.end() - who != 1 || !w.pos(who).startsWith("W") || who < 2 || !w.isComma(who - 1)) {
            return null;
        }
        return w.subjectBefore(who - 1);
    }

    /**
     * The person mentioned before whose surname a one-word proper name stands for ("Kessling told
     * reporters" after "Transport Minister Arvid Kessling"), whatever type the tagger gave the name
     * on its own; null for anything else.
     */
    private EntityMention personBySurname(Phrase speaker) {
        if (speaker.end() - speaker.first() != 1 || !w.pos(speaker.first()).startsWith("NNP")) {
            return null;
        }
        String name = w.form(speaker.first());
        return w.entities.stream().filter(e -> e.type().equals("PER") && e.firstToken() < speaker.first()
                && e.endToken() - e.firstToken() > 1 && surname(e.text()).equals(name)).findFirst().orElse(null);
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
        w.entities.stream().filter(e -> e.type().equals("PER") && surname(e.text()).equals(surname))
                .forEach(e -> entry.mentions.add(e.span()));
        return entry;
    }

    private static String surname(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return last.endsWith("'s") ? last.substring(0, last.length() - 2) : last;
    }

    private Entry named(Kind kind, String name, int token) {
        for (Entry e : entries) {
            if (e.kind == kind && e.name.equals(name)) {
                return e;
            }
        }
        return create(kind, name, token);
    }

    private Entry create(Kind kind, String name, int token) {
        Entry entry = new Entry("s" + (entries.size() + 1), kind, name, token);
        entries.add(entry);
        return entry;
    }

    private Entry anaphor(int token, boolean personsOnly, boolean singular) {
        int sentence = w.tokens.get(token).sentence();
        for (int s = sentence - 1; s >= Math.max(0, sentence - REACH); s--) {
            final int wanted = s;
            for (Ref r : refs.stream().filter(r -> r.sentence() == wanted).sorted(Comparator.comparingInt(Ref::token)).toList()) {
                Entry entry = r.entry() != null ? r.entry() : person(r.person());
                if ((!personsOnly || entry.kind == Kind.NAMED_PERSON) && (!singular || !entry.plural)) {
                    return entry;
                }
            }
        }
        return null;
    }

    static boolean firstOrSecondPerson(String form) {
        return Set.of("i", "we", "you").contains(form.toLowerCase(Locale.ROOT));
    }
}
