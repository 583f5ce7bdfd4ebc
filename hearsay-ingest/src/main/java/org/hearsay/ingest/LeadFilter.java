package org.hearsay.ingest;

import java.util.List;
import java.util.Locale;

/**
 * Decides whether a summary (meta description, feed description) is worth keeping as the
 * lead. Sites often copy the title or the first paragraph into it, shortened with an
 * ellipsis; kept, it would put the same sentences into the text twice.
 */
final class LeadFilter {
    private LeadFilter() {
    }

    static boolean repeats(String lead, String title, List<HtmlBlocks.Block> blocks) {
        String probe = comparable(lead).replaceAll("(?:…|\\.\\.\\.)$", "").strip();
        if (probe.isEmpty() || title != null && probe.equals(comparable(title))) {
            return true;
        }
        return blocks.stream().anyMatch(b -> comparable(b.text()).startsWith(probe));
    }

    /** Case and spacing differ between a page's head and body; they do not make text new. */
    static String comparable(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
