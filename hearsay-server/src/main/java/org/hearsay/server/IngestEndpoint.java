package org.hearsay.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.hearsay.store.CorpusStore;

/**
 * {@code POST /api/ingest}: the request body is one input (plain text in the layout of the
 * example, HTML, a feed, a WARC file), or a {@code multipart/form-data} upload of several files.
 * Answers 201 when an article was created or updated, 200 when every article was stored already,
 * and 422 when nothing in the upload could be stored.
 */
final class IngestEndpoint {
    private final ArticleIngest ingest;

    IngestEndpoint(ArticleIngest ingest) {
        this.ingest = ingest;
    }

    void ingest(Context ctx) throws IOException {
        List<ArticleIngest.Report> reports = new ArrayList<>();
        if (ctx.isMultipartFormData()) {
            for (UploadedFile file : ctx.uploadedFiles()) {
                try (InputStream in = file.content()) {
                    reports.add(ingest.ingest(in, file.filename()));
                }
            }
        } else {
            String name = Params.optional(ctx, "name");
            reports.add(ingest.ingest(new ByteArrayInputStream(ctx.bodyAsBytes()), name == null ? "upload" : name));
        }
        ArticleIngest.Report all = new ArticleIngest.Report(
                reports.stream().flatMap(r -> r.stored().stream()).toList(),
                reports.stream().flatMap(r -> r.failed().stream()).toList());
        if (all.stored().isEmpty()) {
            throw new ApiException(422, all.failed().isEmpty() ? "the request holds no article"
                    : "nothing could be stored: " + String.join("; ",
                    all.failed().stream().map(f -> f.input() + ": " + f.reason()).toList()));
        }
        boolean changed = all.stored().stream().anyMatch(s -> s.change() != CorpusStore.Change.UNCHANGED);
        Json.send(ctx, changed ? 201 : 200, Json.MEDIA_TYPE, all);
    }
}
