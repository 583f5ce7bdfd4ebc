package org.hearsay.core.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Claim.ClaimTime;
import org.hearsay.core.model.Claim.Condition;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Claim.Orientation;
import org.hearsay.core.model.Claim.Polarity;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Section;
import org.hearsay.core.model.SectionKind;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.TimeExpression;
import org.hearsay.core.model.Token;

/**
 * Turns quotations, sources, entities and times into claims: one per sentence or main clause of
 * every quotation (held by the quotation's source, with its relay chain) and one per sentence or
 * clause the article asserts itself (holder null). Rules over tokens, tags and morphology only, one
 * pass over the units plus a comparison of claims for restatements; no models.
 */
public final class ClaimExtractor {
    private final Analysis analysis;
    private final ClaimLanguage language;
    private final ClaimLexicon lexicon;
    private final List<Token> tokens;
    private final List<Quotation> quotations;
    private final Map<String, Source> sources = new HashMap<>();
    private final ClaimTimes times;
    private final EntityReferences entities;
    private final List<Span> headlines;

    private ClaimExtractor(Analysis analysis, ClaimLanguage language) {
        this.analysis = analysis;
        this.language = language;
        this.lexicon = language.lexicon();
        this.tokens = analysis.get(Layers.TOKENS);
        this.quotations = analysis.get(Layers.QUOTATIONS);
        analysis.get(Layers.SOURCES).forEach(s -> sources.put(s.id(), s));
        this.times = new ClaimTimes(analysis.get(Layers.TIME_EXPRESSIONS), analysis.article().published());
        this.entities = new EntityReferences(analysis.get(Layers.ENTITIES));
        this.headlines = analysis.article().sections().stream()
                .filter(s -> s.kind() == SectionKind.TITLE || s.kind() == SectionKind.HEADING).map(Section::span).toList();
    }

    /** The claims of an analysis, in text order, with ids c1, c2…. */
    public static List<Claim> extract(Analysis analysis, ClaimLanguage language) {
        return new ClaimExtractor(analysis, language).claims();
    }

    /** A claim before ids and restatement links are known, with what it is compared by. */
    private record Draft(Claim claim, Restatements.Gist gist) {
    }

    private List<Claim> claims() {
        List<Draft> drafts = new ArrayList<>();
        for (ClaimUnit unit : ClaimUnits.of(analysis)) {
            Draft d = draft(unit);
            if (d != null) {
                drafts.add(d);
            }
        }
        List<List<Integer>> links = Restatements.link(drafts.stream().map(Draft::gist).toList());
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Claim c = drafts.get(i).claim();
            claims.add(new Claim(id(i), c.holder(), c.relayedBy(), c.quotation(), c.span(), c.proposition(), c.subjects(),
                    c.modality(), c.polarity(), c.orientation(), c.condition(), c.time(), c.trackable(), c.question(),
                    c.judgeableFrom(), c.confidence(), links.get(i).stream().map(ClaimExtractor::id).toList()));
        }
        return claims;
    }

    private static String id(int index) {
        return "c" + (index + 1);
    }

    private Draft draft(ClaimUnit candidate) {
        ClaimUnit u = withoutDanglingCoordinator(candidate);
        List<Token> unit = new ArrayList<>();
        List<ConditionCues.Found> conditions = new ArrayList<>();
        for (Span piece : u.pieces()) {
            // A condition ends with its piece: the reporting clause between two pieces is no part of it.
            List<Token> words = tokensIn(piece);
            int offset = unit.size();
            Set<Integer> timeStarts = new HashSet<>();
            times.in(piece).forEach(t -> timeStarts.add(t.span().start()));
            lexicon.conditionCues().find(words, language::isFiniteVerb, t -> timeStarts.contains(t.span().start()))
                    .forEach(f -> conditions.add(f.shifted(offset)));
            unit.addAll(words);
        }
        Quotation q = u.quotation() == null ? null : quotations.get(u.quotation());
        if (q != null && q.type() != Quotation.Type.DIRECT && u.afterDash() && unit.stream().noneMatch(this::subjunctive)) {
            // "…, der am 20. Januar sein Amt antreten wird – an diesem Tag ist die Amtseinführung
            // geplant": an indicative aside after a dash in reported speech is the article's own.
            u = u.asArticles();
            q = null;
        }
        if (unit.isEmpty() || q == null && unit.stream().noneMatch(language::isFiniteVerb)) {
            return null; // labels and leftovers without a verb assert nothing
        }
        Condition condition = conditions.isEmpty() ? null : condition(unit, conditions.get(0));
        List<Token> main = Clauses.main(unit, conditions, language);
        if (q == null && lexicon.isFrame(main)) {
            return null; // "Das Portal beruft sich auf drei Quellen": who says it, not what is said
        }
        Reading r = read(u.span(), q, main, condition);
        ClaimTime time = r.time() == null ? null : times.of(r.time(), r.orientation() == Orientation.FUTURE);
        String holder = q == null ? null : q.source();
        String proposition = Propositions.of(analysis.text(), u.pieces(), unit, entities.pronounsIn(u.span()), lexicon);
        boolean trackable = ClaimRules.trackable(r.modality(), r.orientation(), condition, time);
        String question = trackable ? lexicon.questions().question(r.modality(), proposition,
                time == null ? null : time.deadline(), condition == null ? null : condition.text(), holderName(holder)) : null;
        double confidence = ExtractionConfidence.of(r.cueWord(), q != null, q != null && q.cue() != null,
                q == null || holder != null, q != null && q.unclosed(), q == null && u.remainder());
        List<String> subjects = entities.idsIn(u.span());
        Claim claim = new Claim(null, holder, q == null ? List.of() : q.relayedBy(), u.quotation(), u.span(), proposition,
                subjects, r.modality(), r.polarity(), r.orientation(), condition, time, trackable, question,
                trackable ? ClaimRules.judgeableFrom(time) : null, confidence, List.of());
        return new Draft(claim, gist(u.span(), unit, conditions.isEmpty() ? null : conditions.get(0), r.modality(),
                r.polarity()));
    }

    /** What the claim's own clause says about its kind: modality, polarity, orientation and time. */
    private record Reading(Modality modality, Polarity polarity, Orientation orientation, TimeExpression time,
                           boolean cueWord) {
    }

    private Reading read(Span span, Quotation q, List<Token> main, Condition condition) {
        boolean negated = main.stream().anyMatch(lexicon::negates);
        Set<Integer> starts = new HashSet<>();
        main.forEach(t -> starts.add(t.span().start()));
        TimeExpression te = times.pick(span, starts);
        boolean namesDay = times.namesDay(span, starts);

        Modality reporting = q == null ? null : lexicon.reportingModality(q.cueLemma());
        // Reported words that open with their verb ("said he would not approve …") have the speaker as subject.
        boolean speakerIsSubject = q != null && q.source() != null && !main.isEmpty() && language.isFiniteVerb(main.get(0));
        List<CueLexicon.Match> cues = ClauseCues.counting(lexicon.modalityCues().find(main), main,
                speakerIsSubject || namesActor(main), language);
        Modality cued = reporting != null ? reporting : ClaimRules.fromCues(cues, negated, namesDay);
        List<Token> finite = Clauses.firstFiniteSegment(main, language);
        Orientation tense = finite.isEmpty() ? Orientation.PRESENT : language.orientation(finite);
        // A headline's present is news of what happened ("Parlament vertagt Gesetz bis Dezember"):
        // its date alone does not make it look ahead.
        boolean headline = headlines.stream().anyMatch(h -> h.contains(span));
        boolean futureTime = te != null && times.isFuture(te) && !(headline && cued == null && tense != Orientation.FUTURE);
        Orientation byCue = ClaimRules.orientation(tense, cued, futureTime);
        boolean ownAct = q != null && q.source() != null && lexicon.speaksForItself(main);
        Modality modality = cued != null ? cued : ClaimRules.withoutCue(new ClaimRules.Clue(byCue, condition,
                namesDay && futureTime, ownAct, negated));
        Polarity polarity = negated != (reporting == Modality.DENIAL) ? Polarity.NEGATIVE : Polarity.POSITIVE;
        // "hatte versprochen", "had pledged": a commitment made before the story, not a new one.
        boolean madeBefore = lexicon.inPastPerfect(q == null ? main : reportingClause(q));
        Orientation orientation = madeBefore ? Orientation.PAST : ClaimRules.orientation(byCue, modality, futureTime);
        return new Reading(modality, polarity, orientation, te, cued != null);
    }

    /** Whether a clause names someone who can refuse or commit: the speaker, a person, an organisation. */
    private boolean namesActor(List<Token> clause) {
        if (clause.isEmpty()) {
            return false;
        }
        if (lexicon.speaksForItself(clause) || lexicon.namesActor(clause)) {
            return true;
        }
        Set<Integer> starts = new HashSet<>();
        clause.forEach(t -> starts.add(t.span().start()));
        Span extent = new Span(clause.get(0).span().start(), clause.get(clause.size() - 1).span().end());
        return entities.in(extent).stream().anyMatch(r -> starts.contains(r.span().start())
                && ("PER".equals(r.entity().type()) || "ORG".equals(r.entity().type())));
    }

    /** The words of a quotation's reporting clause, or of its cue when no clause was marked. */
    private List<Token> reportingClause(Quotation q) {
        Span frame = q.frame() != null ? q.frame() : q.cue();
        return frame == null ? List.of() : tokensIn(frame);
    }

    /** "Er erinnerte an das Attentat und [beurteilte …]": the "und" joined the cut-out report. */
    private ClaimUnit withoutDanglingCoordinator(ClaimUnit u) {
        if (!u.remainder()) {
            return u;
        }
        List<Token> words = tokensIn(u.span());
        int last = words.size() - 1;
        while (last > 0 && lexicon.isCoordinator(words.get(last))) {
            last--;
        }
        return last == words.size() - 1 ? u : u.endingAt(words.get(last).span().end());
    }

    private Condition condition(List<Token> unit, ConditionCues.Found found) {
        int last = found.end() - 1;
        while (last > found.cueStart() && Clauses.isBreak(unit.get(last))) {
            last--;
        }
        Span span = new Span(unit.get(found.cueStart()).span().start(), unit.get(last).span().end());
        return new Condition(span, analysis.textOf(span), found.cue(), found.kind());
    }

    private boolean subjunctive(Token t) {
        String mood = t.feature("Mood");
        return mood != null && mood.contains("Sub");
    }

    private String holderName(String holder) {
        Source s = holder == null ? null : sources.get(holder);
        return s == null ? null : s.name();
    }

    /**
     * What restatements compare: the content words of what the claim says and of its condition,
     * lower-cased, outside time phrases; a word inside an entity reference counts as the entity.
     */
    private Restatements.Gist gist(Span span, List<Token> unit, ConditionCues.Found condition, Modality modality,
                                   Polarity polarity) {
        List<TimeExpression> timed = times.in(span);
        List<EntityReferences.Ref> refs = entities.in(span);
        Set<String> said = new LinkedHashSet<>();
        Set<String> conditional = new LinkedHashSet<>();
        for (int i = 0; i < unit.size(); i++) {
            Token t = unit.get(i);
            if (!language.isContentWord(t) || lexicon.isLightWord(t)
                    || timed.stream().anyMatch(x -> x.span().contains(t.span()))) {
                continue;
            }
            String key = refs.stream().filter(r -> r.span().contains(t.span())).map(r -> "#" + r.entity().id()).findFirst()
                    .orElseGet(() -> lexicon.comparisonKey(t));
            boolean inCondition = condition != null && i >= condition.cueStart() && i < condition.end();
            (inCondition ? conditional : said).add(key);
        }
        return new Restatements.Gist(said, conditional, modality, polarity);
    }

    /** The tokens inside a span (tokens are in text order, so a binary search finds the first). */
    private List<Token> tokensIn(Span span) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < tokens.size() && tokens.get(end).span().end() <= span.end()) {
            end++;
        }
        return tokens.subList(lo, end);
    }
}
