package org.hearsay.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.hearsay.core.InputException;

/**
 * Reads articles from files, folders and streams of any supported kind: plain text in the
 * news layout, HTML pages, RSS/Atom feeds, WARC archives, each also gzipped. The kind is
 * sniffed from the content; the extension only breaks ties. Every article leaves with its
 * language identified. Every problem is reported to the sink, named by its input (or by the
 * record or item inside it), and reading goes on; nothing is thrown for bad input.
 * Immutable and safe to share between threads.
 */
public final class ArticleReader {
    /** Per file or stream (or per WARC record payload), in bytes. */
    public static final long DEFAULT_SIZE_LIMIT = 50L * 1024 * 1024;

    private final long sizeLimit;
    private final LanguageIdentifier languages;
    private final DocumentReader documents;
    private final WarcArchiveReader archives;

    private ArticleReader(long sizeLimit, LanguageIdentifier languages) {
        this.sizeLimit = sizeLimit;
        this.languages = languages;
        this.documents = new DocumentReader();
        this.archives = new WarcArchiveReader(documents, sizeLimit);
    }

    /** All readers, language identification, and the default size limit. */
    public static ArticleReader standard() {
        return new ArticleReader(DEFAULT_SIZE_LIMIT, new LanguageIdentifier());
    }

    /**
     * The same reader with another size limit. Inputs larger than it are refused without
     * being read; WARC archives are streamed, so for them it limits each record's payload.
     */
    public ArticleReader withSizeLimit(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive: " + bytes);
        }
        return new ArticleReader(bytes, languages);
    }

    /** A file of any supported kind, or a folder: its files recursively, in name order, hidden ones skipped. */
    public void read(Path path, ArticleSink sink) {
        ArticleSink tagging = new LanguageTagging(languages, sink);
        if (Files.isDirectory(path)) {
            readFolder(path, tagging);
        } else {
            readFile(path, tagging);
        }
    }

    /**
     * A stream of any supported kind; {@code name} ("-", "stdin") names it in articles and
     * failures. The stream is read to its end (or to the size limit) but left open.
     */
    public void read(InputStream in, String name, ArticleSink sink) {
        ArticleSink tagging = new LanguageTagging(languages, sink);
        try {
            readStream(keptOpen(in), name, -1, tagging);
        } catch (IOException e) {
            tagging.failure(new InputException(name, "cannot read: " + describe(e)));
        }
    }

    private void readFolder(Path folder, ArticleSink sink) {
        List<Path> files;
        try {
            files = FolderFiles.list(folder, sink);
        } catch (IOException e) {
            sink.failure(new InputException(folder.toString(), "cannot list folder: " + describe(e)));
            return;
        }
        if (files.isEmpty()) {
            sink.failure(new InputException(folder.toString(), "folder holds no files to read"));
        }
        files.forEach(file -> readFile(file, sink));
    }

    private void readFile(Path file, ArticleSink sink) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            readStream(in, name, Files.size(file), sink);
        } catch (IOException e) {
            sink.failure(new InputException(name, "cannot read: " + describe(e)));
        }
    }

    /** @param knownSize the file's size when known, else -1 */
    private void readStream(InputStream raw, String name, long knownSize, ArticleSink sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, KindSniffer.HEAD_BYTES * 4);
        byte[] head = peek(in, KindSniffer.HEAD_BYTES);
        InputKind kind = KindSniffer.sniff(head, head.length, name);
        if (kind == InputKind.GZIP && isGzippedWarc(head)) {
            kind = InputKind.WARC;
        }
        if (kind == InputKind.WARC) {
            archives.read(in, name, sink);
            return;
        }
        if (knownSize > sizeLimit) {
            sink.failure(tooLarge(name, BoundedRead.describeSize(knownSize)));
            return;
        }
        Optional<byte[]> bytes = BoundedRead.readAll(in, sizeLimit);
        if (bytes.isEmpty()) {
            sink.failure(tooLarge(name, "more than " + BoundedRead.describeSize(sizeLimit)));
            return;
        }
        if (kind == InputKind.GZIP) {
            readGzipped(bytes.get(), name, sink);
        } else {
            documents.read(bytes.get(), kind, Source.file(name, format(kind)), List.of(), sink);
        }
    }

    private void readGzipped(byte[] compressed, String name, ArticleSink sink) {
        Optional<byte[]> bytes;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            bytes = BoundedRead.readAll(in, sizeLimit);
        } catch (EOFException e) {
            sink.failure(new InputException(name, "truncated gzip data"));
            return;
        } catch (IOException e) {
            sink.failure(new InputException(name, "corrupt gzip data (" + describe(e) + ")"));
            return;
        }
        if (bytes.isEmpty()) {
            sink.failure(tooLarge(name, "more than " + BoundedRead.describeSize(sizeLimit) + " uncompressed"));
            return;
        }
        String innerName = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        InputKind kind = KindSniffer.sniff(bytes.get(), Math.min(bytes.get().length, KindSniffer.HEAD_BYTES), innerName);
        documents.read(bytes.get(), kind, Source.file(name, format(kind)), List.of(), sink);
    }

    /** WARC files are gzipped record by record; the first member's start says whether this is one. */
    private static boolean isGzippedWarc(byte[] head) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            byte[] start = in.readNBytes(5);
            return new String(start, StandardCharsets.ISO_8859_1).equals("WARC/");
        } catch (IOException e) {
            return false;
        }
    }

    /** The WARC reader closes what it reads from; the caller's stream (stdin) is not ours to close. */
    private static InputStream keptOpen(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // Left open for the caller.
            }
        };
    }

    private static byte[] peek(BufferedInputStream in, int count) throws IOException {
        in.mark(count);
        byte[] head = in.readNBytes(count);
        in.reset();
        return head;
    }

    private InputException tooLarge(String name, String size) {
        return new InputException(name, "too large (" + size + "; the limit is " + BoundedRead.describeSize(sizeLimit) + ")");
    }

    private static String format(InputKind kind) {
        return switch (kind) {
            case HTML -> "html";
            case FEED -> "feed";
            case WARC -> "warc";
            case TEXT, GZIP -> "text";
        };
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
    }
}
