package org.hearsay.eval.claims;

import java.time.LocalDate;
import java.util.List;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Claim.ConditionKind;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Claim.Orientation;
import org.hearsay.core.model.Claim.Polarity;
import org.hearsay.core.model.Span;

/** Hand-built gold paragraphs and claims for the scorer tests. */
final class ClaimFixtures {
    static final String TEXT = "Die Stadtkasse ist leer. Bürgermeisterin Anja Keller versprach, die Brücke bis Ende Juni "
            + "zu öffnen. Solange es friert, ruht die Baustelle, sagte sie.";

    private ClaimFixtures() {
    }

    static Span span(String words) {
        int start = TEXT.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException(words);
        }
        return new Span(start, start + words.length());
    }

    /** Three claims: the article's statement, Keller's promise with a deadline, her conditioned plan. */
    static GoldParagraph paragraph() {
        return new GoldParagraph("de-99", "de", LocalDate.of(2026, 3, 10), "Testblatt", TEXT, List.of(
                new GoldClaim(span("ist leer"), null, Modality.STATEMENT, Polarity.POSITIVE, Orientation.PRESENT,
                        null, null, null, false),
                new GoldClaim(span("die Brücke bis Ende Juni zu öffnen"), "Keller", Modality.PROMISE, Polarity.POSITIVE,
                        Orientation.FUTURE, null, null, "2026-06-30", true),
                new GoldClaim(span("ruht die Baustelle"), "Keller", Modality.PLAN, Polarity.POSITIVE, Orientation.FUTURE,
                        ConditionKind.AS_LONG_AS, "solange", null, true)));
    }

    static Claim claim(String words, String holder, Modality modality, Orientation orientation, Claim.Condition condition,
                       String deadline, boolean trackable) {
        Span span = span(words);
        Claim.ClaimTime time = deadline == null ? null : new Claim.ClaimTime(span, words, null, "UNTIL", deadline);
        return new Claim("c", holder, List.of(), null, span, words, List.of(), modality, Polarity.POSITIVE, orientation,
                condition, time, trackable, null, null, 0.8, List.of());
    }

    /** Claims that agree with {@link #paragraph()} in every field, over whole clauses. */
    static List<Claim> perfect() {
        return List.of(
                claim("Die Stadtkasse ist leer.", null, Modality.STATEMENT, Orientation.PRESENT, null, null, false),
                promise(Modality.PROMISE),
                plan());
    }

    static Claim promise(Modality modality) {
        return claim("die Brücke bis Ende Juni zu öffnen", "s1", modality, Orientation.FUTURE, null, "2026-06-30", true);
    }

    static Claim plan() {
        Claim.Condition condition = new Claim.Condition(span("Solange es friert"), "Solange es friert", "Solange",
                ConditionKind.AS_LONG_AS);
        return claim("Solange es friert, ruht die Baustelle", "s1", Modality.PLAN, Orientation.FUTURE, condition, null,
                true);
    }
}
