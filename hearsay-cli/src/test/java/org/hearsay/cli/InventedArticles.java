package org.hearsay.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Short invented local-news articles in the plain-text layout, one per town, for batch tests. */
final class InventedArticles {
    static final List<String> TOWNS = List.of("Lindenau", "Nordstadt", "Birkenfeld", "Seewalde", "Hohenbrück");

    private InventedArticles() {
    }

    /** Writes one article per town into {@code dir} ("a-lindenau.txt", "b-nordstadt.txt"…); returns their paths in order. */
    static List<String> write(Path dir) throws IOException {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < TOWNS.size(); i++) {
            String town = TOWNS.get(i);
            Path file = dir.resolve((char) ('a' + i) + "-" + town.toLowerCase() + ".txt");
            Files.writeString(file, article(town, i + 2), StandardCharsets.UTF_8);
            paths.add(file.toString());
        }
        return paths;
    }

    private static String article(String town, int pools) {
        return town + " bekommt ein neues Hallenbad\n"
                + "Der Gemeinderat von " + town + " hat am Dienstag den Bau eines Hallenbads mit " + pools
                + " Becken beschlossen. Bürgermeister Peter Brandt sprach von einem guten Tag für die Vereine.\n"
                + "10.02.2026 18:45\n"
                + "„Das Bad wird bis zum Herbst 2028 eröffnet“, sagte Brandt. Die Opposition kritisierte, die Kosten"
                + " seien zu niedrig angesetzt.\n";
    }
}
