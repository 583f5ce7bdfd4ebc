package org.hearsay.core.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import org.hearsay.core.model.Analysis;

/** The linked-data exports of an analysis, each one JSON-LD document per article. */
public enum LinkedDataFormat {
    /** schema.org NewsArticle, Quotation and Claim nodes ({@link SchemaOrgExport}). */
    SCHEMA_ORG("jsonld", SchemaOrgExport::document),
    /** W3C PROV-O entities, agents and attribution ({@link ProvExport}). */
    PROV("prov.jsonld", ProvExport::document);

    private final String extension;
    private final Function<Analysis, ObjectNode> exporter;

    LinkedDataFormat(String extension, Function<Analysis, ObjectNode> exporter) {
        this.extension = extension;
        this.exporter = exporter;
    }

    /** File name extension without the leading dot. */
    public String extension() {
        return extension;
    }

    public ObjectNode document(Analysis analysis) {
        return exporter.apply(analysis);
    }

    /** Indented, for one file per article. */
    public String write(Analysis analysis) {
        return JsonLd.pretty(document(analysis));
    }

    /** One line, no indentation: for JSON Lines streams (one document per article). */
    public String writeLine(Analysis analysis) {
        return JsonLd.line(document(analysis));
    }
}
