package org.hearsay.eval.time;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * HeidelTime 2.2.1 standalone, news document type, no POS tagger: the published baseline the
 * Hearsay figures are compared with. Evaluation only; needs the optional HeidelTime dependency.
 */
public final class HeidelTimeSystem implements TimeSystem {
    /** The settings HeidelTime's standalone reads; type system and resources come from its jar. */
    private static final String CONFIG = String.join("\n",
            "considerDate = true", "considerDuration = true", "considerSet = true", "considerTime = true",
            "considerTemponym = false",
            "treeTaggerHome = none", "chineseTokenizerPath = none", "sent_model_path = none", "word_model_path = none",
            "pos_model_path = none", "model_path = none", "config_path = ",
            "typeSystemHome = desc/type/HeidelTime_TypeSystem.xml", "typeSystemHome_DKPro = desc/type/DKPro_TypeSystem.xml",
            "uimaVarDate = Date", "uimaVarDuration = Duration", "uimaVarLanguage = Language", "uimaVarSet = Set",
            "uimaVarTime = Time", "uimaVarTypeToProcess = Type", "uimaVarTemponym = Temponym",
            "uimaVarConvertDurations = ConvertDurations", "ConvertDurations = ConvertDurations", "");
    // HeidelTime and UIMA log progress lines on every document; the loggers are held in fields so that
    // java.util.logging cannot collect them and forget the level.
    private static final List<Logger> QUIET = List.of(Logger.getLogger("de.unihd.dbs"), Logger.getLogger("org.apache.uima"),
            Logger.getLogger("HeidelTimeStandalone"));

    private final Map<String, HeidelTimeStandalone> taggers = new HashMap<>();
    private final Path config;

    public HeidelTimeSystem() throws IOException {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
        config = Files.createTempFile("heideltime", ".props");
        config.toFile().deleteOnExit();
        Files.writeString(config, CONFIG, StandardCharsets.UTF_8);
    }

    /** True when HeidelTime is on the class path. */
    public static boolean available() {
        try {
            Class.forName("de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone", false, HeidelTimeSystem.class.getClassLoader());
            Class.forName("org.apache.uima.UIMAFramework", false, HeidelTimeSystem.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Override
    public String name() {
        return "HeidelTime 2.2.1";
    }

    @Override
    public void prepare(String language) {
        taggers.computeIfAbsent(language, l -> new HeidelTimeStandalone(
                l.equals("de") ? Language.GERMAN : Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML,
                config.toString(), POSTagger.NO));
    }

    @Override
    public List<Timex> tag(TimeMlDocument document) throws Exception {
        Date dct = Date.from(document.dct().atZone(ZoneId.systemDefault()).toInstant());
        String output = taggers.get(document.language()).process(document.text(), dct);
        int open = output.indexOf("<TimeML>");
        int close = output.lastIndexOf("</TimeML>");
        String body = output.substring(open + "<TimeML>".length(), close);
        TimeMlReader.Stripped stripped = TimeMlReader.strip(body);
        return align(document.text(), stripped);
    }

    /**
     * HeidelTime's output text can differ from the input (white space at the ends); then each TIMEX3
     * is placed at its text's next occurrence in the input.
     */
    private static List<Timex> align(String input, TimeMlReader.Stripped stripped) {
        if (stripped.text().equals(input)) {
            return stripped.timexes();
        }
        List<Timex> out = new ArrayList<>();
        int from = 0;
        for (Timex t : stripped.timexes()) {
            int at = input.indexOf(t.text(), from);
            if (at >= 0) {
                out.add(new Timex(at, at + t.text().length(), t.type(), t.value(), t.text()));
                from = at + t.text().length();
            }
        }
        return out;
    }
}
