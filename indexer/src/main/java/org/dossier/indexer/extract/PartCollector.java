package org.dossier.indexer.extract;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.List;
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

    private final List<ExtractedPart> parts = new ArrayList<>();
    /** Handlers of the documents being parsed, innermost first: a document's container is the next one down. */
    private final Deque<PagedTextHandler> open;

    PartCollector(int maxChars, int maxEmbedded) {
        this(new PagedTextHandlerFactory(maxChars, new ArrayDeque<>()), maxEmbedded);
    }

    private PartCollector(PagedTextHandlerFactory factory, int maxEmbedded) {
        super(factory, maxEmbedded);
        this.open = factory.open();
    }

    @Override
    public void endEmbeddedDocument(ContentHandler handler, Metadata metadata) throws org.xml.sax.SAXException {
        super.endEmbeddedDocument(handler, metadata);
        open.removeFirstOccurrence(handler);
        PagedTextHandler container = open.peek();
        String path = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
        parts.add(toPart(path == null ? "/embedded-" + parts.size() : withInternalPath(path, metadata),
                (PagedTextHandler) handler, metadata, container == null ? null : container.openPstFolders()));
    }

    @Override
    public void endDocument(ContentHandler handler, Metadata metadata) throws org.xml.sax.SAXException {
        super.endDocument(handler, metadata);
        open.removeFirstOccurrence(handler);
        parts.add(toPart("", (PagedTextHandler) handler, metadata, null));
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

    /** @param pstFolders the .pst folders open in the container when this part was found, if any */
    private static ExtractedPart toPart(String entry, PagedTextHandler handler, Metadata metadata,
                                        @Nullable List<String> pstFolders) {
        String mediaType = metadata.get(Metadata.CONTENT_TYPE);
        MailHeaders mail = MailHeaders.isMessage(mediaType) ? MailHeaderReader.read(metadata, pstFolders) : null;
        return new ExtractedPart(
                entry,
                mediaType,
                firstNonBlank(metadata.get(TikaCoreProperties.TITLE), metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY)),
                mail != null ? mail.from()
                        : firstNonBlank(metadata.get(Message.MESSAGE_FROM), metadata.get(TikaCoreProperties.CREATOR)),
                mail != null ? MailHeaderReader.sentAt(metadata) : instant(metadata.getDate(TikaCoreProperties.CREATED)),
                mail,
                handler.text(),
                handler.pageStarts(),
                handler.headingStarts(),
                "true".equals(metadata.get(TikaCoreProperties.WRITE_LIMIT_REACHED))
                        || "true".equals(metadata.get(EMBEDDED_RESOURCE_LIMIT_REACHED)),
                firstLine(metadata.get(TikaCoreProperties.EMBEDDED_EXCEPTION)));
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

    /**
     * A fresh text handler per document, with the write limit Tika enforces across the whole file. Tika asks for
     * a document's handler as it starts the document, so the handlers not yet ended are the open containers.
     */
    private record PagedTextHandlerFactory(int maxChars, Deque<PagedTextHandler> open)
            implements ContentHandlerFactory, WriteLimiter {

        @Override
        public ContentHandler getNewContentHandler() {
            PagedTextHandler handler = new PagedTextHandler();
            open.push(handler);
            return handler;
        }

        @Override
        public ContentHandler getNewContentHandler(java.io.OutputStream os, java.nio.charset.Charset charset) {
            return getNewContentHandler();
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
