package org.hearsay.eval.time;

import java.util.List;

/** Something that tags TIMEX3 in a TimeML document's plain text. Not required to be thread-safe. */
public interface TimeSystem {
    String name();

    /** Loads models or rules for a language before timing starts. */
    void prepare(String language) throws Exception;

    List<Timex> tag(TimeMlDocument document) throws Exception;
}
