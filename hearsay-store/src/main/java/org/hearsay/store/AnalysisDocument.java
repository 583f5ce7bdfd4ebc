package org.hearsay.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.hearsay.core.json.AnalysisJson;
import org.hearsay.core.model.Analysis;

/**
 * An analysis as stored: its one-line AnalysisJson, deflate-compressed. Tokens make up most of
 * the JSON and compress well: the example article's 60.6 kB shrink to 9.7 kB (6.3x) at the
 * default level.
 */
final class AnalysisDocument {
    private AnalysisDocument() {
    }

    static byte[] encode(Analysis analysis) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
            out.write(AnalysisJson.writeLine(analysis).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static Analysis decode(byte[] document, String articleId) {
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(document))) {
            return AnalysisJson.read(in);
        } catch (IOException e) {
            throw new StoreException("stored analysis of article " + articleId + " cannot be read: " + e.getMessage(), e);
        }
    }
}
