package org.hearsay.eval.time;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One TimeML (.tml) document: the plain text of its TEXT element, its creation time and gold TIMEX3.
 *
 * @param id           file name
 * @param language     "de" or "en"
 * @param text         the TEXT element with all tags removed and entities decoded
 * @param dct          document creation time (midnight when the DCT gives only a date)
 * @param dctHasTime   whether the DCT value names a clock time
 * @param dctValue     the DCT value as written
 * @param gold         TIMEX3 that cover text (empty anchor TIMEX3 are left out)
 */
public record TimeMlDocument(String id, String language, String text, LocalDateTime dct, boolean dctHasTime,
                             String dctValue, List<Timex> gold) {
    public TimeMlDocument {
        gold = List.copyOf(gold);
    }
}
