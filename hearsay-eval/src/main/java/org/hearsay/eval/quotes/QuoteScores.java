package org.hearsay.eval.quotes;

import java.util.Map;

/**
 * What {@link QuoteScorer} measured over a corpus.
 *
 * @param documents      documents scored
 * @param gold           gold quotations
 * @param predicted      predicted quotations
 * @param paired         gold/predicted pairs whose quote spans share a token
 * @param perRole        each annotated role on its own; {@link Role#QUOTE} is "messages"
 * @param roles          the annotated roles other than the quote, tokens pooled per pair
 * @param joint          all annotated roles, tokens pooled per pair
 * @param type           type labels, micro
 * @param medium         medium labels, micro
 * @param messagesByType quote-span scores by type: recall over gold quotations of the type,
 *                       precision over predicted quotations of the type
 * @param jointByType    the same for joint
 */
public record QuoteScores(int documents, int gold, int predicted, int paired, Map<Role, AveragedScore> perRole,
                          AveragedScore roles, AveragedScore joint, LabelScore type, LabelScore medium,
                          Map<QuoteType, AveragedScore> messagesByType, Map<QuoteType, AveragedScore> jointByType) {
    public QuoteScores {
        perRole = Map.copyOf(perRole);
        messagesByType = Map.copyOf(messagesByType);
        jointByType = Map.copyOf(jointByType);
    }

    public AveragedScore messages() {
        return perRole.get(Role.QUOTE);
    }

    public AveragedScore role(Role role) {
        return perRole.getOrDefault(role, AveragedScore.ZERO);
    }

    public AveragedScore messagesOf(QuoteType t) {
        return messagesByType.getOrDefault(t, AveragedScore.ZERO);
    }

    public AveragedScore jointOf(QuoteType t) {
        return jointByType.getOrDefault(t, AveragedScore.ZERO);
    }
}
