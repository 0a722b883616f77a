package org.dossier.indexer.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.sax.AbstractRecursiveParserWrapperHandler;
import org.apache.tika.sax.ContentHandlerFactory;
import org.apache.tika.sax.WriteLimiter;
import org.jspecify.annotations.Nullable;
import org.xml.sax.ContentHandler;

/**
 * Receives one {@link PagedTextHandler} per document from Tika's {@code RecursiveParserWrapper} and keeps the
 * result of each as an {@link ExtractedPart}, the container last as Tika ends it last.
 */
final class PartCollector extends AbstractRecursiveParserWrapperHandler {

    /** Tika keeps raw mail headers under this prefix; Message-ID has no typed property of its own. */
    private static final String MESSAGE_ID = Message.MESSAGE_RAW_HEADER_PREFIX + "Message-ID";

    private final List<ExtractedPart> parts = new ArrayList<>();

    PartCollector(int maxChars, int maxEmbedded) {
        super(new PagedTextHandlerFactory(maxChars), maxEmbedded);
    }

    @Override
    public void endEmbeddedDocument(ContentHandler handler, Metadata metadata) throws org.xml.sax.SAXException {
        super.endEmbeddedDocument(handler, metadata);
        String path = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
        parts.add(toPart(path == null ? "/embedded-" + parts.size() : withInternalPath(path, metadata),
                (PagedTextHandler) handler, metadata));
    }

    @Override
    public void endDocument(ContentHandler handler, Metadata metadata) throws org.xml.sax.SAXException {
        super.endDocument(handler, metadata);
        parts.add(toPart("", (PagedTextHandler) handler, metadata));
    }

    /**
     * The parts with every container before what it contains: the file first, then embedded documents by depth
     * (messages before their attachments), in the order Tika found them within a depth. Tika ends a document after
     * the documents inside it, so its own order is the reverse of what a caller linking children to parents needs.
     */
    List<ExtractedPart> parts() {
        if (parts.isEmpty()) {
            return List.of();
        }
        Stream<ExtractedPart> embedded = parts.subList(0, parts.size() - 1).stream()
                .sorted(Comparator.comparingLong(part -> part.entry().chars().filter(c -> c == '/').count()));
        return Stream.concat(Stream.of(parts.getLast()), embedded).toList();
    }

    /**
     * Tika names an archive entry by its file name alone ({@code /q3.pdf}); the folders inside the archive are in
     * its internal path. A citation needs the whole address, {@code leak.zip!/memos/q3.pdf}.
     */
    private static String withInternalPath(String path, Metadata metadata) {
        String internal = metadata.get(TikaCoreProperties.INTERNAL_PATH);
        if (internal == null || internal.isBlank() || !internal.contains("/")) {
            return path;
        }
        String inside = internal.startsWith("/") ? internal.substring(1) : internal;
        return path.substring(0, path.lastIndexOf('/')) + "/" + inside;
    }

    private static ExtractedPart toPart(String entry, PagedTextHandler handler, Metadata metadata) {
        return new ExtractedPart(
                entry,
                metadata.get(Metadata.CONTENT_TYPE),
                firstNonBlank(metadata.get(TikaCoreProperties.TITLE), metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY)),
                firstNonBlank(metadata.get(Message.MESSAGE_FROM), metadata.get(TikaCoreProperties.CREATOR)),
                joined(metadata, Message.MESSAGE_TO, Message.MESSAGE_CC),
                instant(metadata.getDate(TikaCoreProperties.CREATED)),
                metadata.get(MESSAGE_ID),
                handler.text(),
                handler.pageStarts(),
                handler.headingStarts(),
                "true".equals(metadata.get(TikaCoreProperties.WRITE_LIMIT_REACHED))
                        || "true".equals(metadata.get(EMBEDDED_RESOURCE_LIMIT_REACHED)),
                firstLine(metadata.get(TikaCoreProperties.EMBEDDED_EXCEPTION)));
    }

    private static @Nullable String joined(Metadata metadata, String... names) {
        String all = Stream.of(names).flatMap(name -> Stream.of(metadata.getValues(name)))
                .filter(value -> !value.isBlank())
                .collect(Collectors.joining(", "));
        return all.isEmpty() ? null : all;
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }

    private static @Nullable String firstNonBlank(@Nullable String first, @Nullable String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second == null || second.isBlank() ? null : second.strip();
    }

    private static @Nullable String firstLine(@Nullable String stackTrace) {
        return stackTrace == null ? null : stackTrace.lines().findFirst().orElse(stackTrace);
    }

    /** A fresh text handler per document, with the write limit Tika enforces across the whole file. */
    private record PagedTextHandlerFactory(int maxChars) implements ContentHandlerFactory, WriteLimiter {

        @Override
        public ContentHandler getNewContentHandler() {
            return new PagedTextHandler();
        }

        @Override
        public ContentHandler getNewContentHandler(java.io.OutputStream os, java.nio.charset.Charset charset) {
            return new PagedTextHandler();
        }

        @Override
        public int getWriteLimit() {
            return maxChars;
        }

        @Override
        public boolean isThrowOnWriteLimitReached() {
            return false;
        }
    }
}
