package org.dossier.indexer.internal.extract;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.sax.AbstractRecursiveParserWrapperHandler;
import org.apache.tika.sax.ContentHandlerFactory;
import org.dossier.indexer.MailHeaders;
import org.jspecify.annotations.Nullable;
import org.xml.sax.ContentHandler;

/**
 * Receives one {@link PagedTextHandler} per document from Tika's {@code RecursiveParserWrapper} and keeps the
 * result of each as an {@link ExtractedPart}, the container last as Tika ends it last.
 */
final class PartCollector extends AbstractRecursiveParserWrapperHandler {

    private final List<ExtractedPart> parts = new ArrayList<>();
    /** Each embedded document's entry by Tika's id path ({@code /3/4}), which is unique where names may not be. */
    private final Map<String, String> entriesById = new HashMap<>();
    private final Set<String> entriesTaken = new HashSet<>();
    /** Handlers of the documents being parsed, innermost first: a document's container is the next one down. */
    private final Deque<PagedTextHandler> open;

    PartCollector(int maxChars, int maxEmbedded) {
        this(new PagedTextHandlerFactory(new TextBudget(maxChars), new ArrayDeque<>()), maxEmbedded);
    }

    private PartCollector(PagedTextHandlerFactory factory, int maxEmbedded) {
        super(factory, maxEmbedded);
        this.open = factory.open();
    }

    /** Names the document when it starts: its container started before it, so the container's entry is known. */
    @Override
    public void startEmbeddedDocument(ContentHandler handler, Metadata metadata) throws org.xml.sax.SAXException {
        super.startEmbeddedDocument(handler, metadata);
        String id = metadata.get(TikaCoreProperties.EMBEDDED_ID_PATH);
        if (id != null) {
            entriesById.put(id, unique(entry(id, metadata)));
        }
    }

    @Override
    public void endEmbeddedDocument(ContentHandler handler, Metadata metadata) throws org.xml.sax.SAXException {
        super.endEmbeddedDocument(handler, metadata);
        open.removeFirstOccurrence(handler);
        PagedTextHandler container = open.peek();
        String id = metadata.get(TikaCoreProperties.EMBEDDED_ID_PATH);
        String entry = id == null ? null : entriesById.get(id);
        parts.add(toPart(entry == null ? unique("/embedded-" + parts.size()) : entry, (PagedTextHandler) handler,
                metadata, container == null ? null : container.openPstFolders()));
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
     * The container's entry, then this document's path inside it. Tika's own resource path names every level by
     * its file name alone ({@code /inner.zip/b.txt}); the folders inside an archive are in each level's internal
     * path. A citation needs the whole address, {@code outer.zip!/deep/inner.zip!/docs/b.txt}, and two entries
     * with the same name in different folders must stay two documents.
     */
    private String entry(String id, Metadata metadata) {
        String parentId = id.substring(0, Math.max(0, id.lastIndexOf('/')));
        String container = entriesById.getOrDefault(parentId, "");
        String internal = metadata.get(TikaCoreProperties.INTERNAL_PATH);
        if (internal != null && internal.contains("/")) {
            return container + "/" + (internal.startsWith("/") ? internal.substring(1) : internal);
        }
        String path = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
        String name = path == null ? "embedded-" + id.substring(id.lastIndexOf('/') + 1)
                : path.substring(path.lastIndexOf('/') + 1);
        return container + "/" + name;
    }

    /** A tar may hold one path twice, and a message two attachments of one name: each is still its own part. */
    private String unique(String entry) {
        String candidate = entry;
        for (int copy = 2; !entriesTaken.add(candidate); copy++) {
            candidate = entry + " (" + copy + ")";
        }
        return candidate;
    }

    /** @param pstFolders the .pst folders open in the container when this part was found, if any */
    private static ExtractedPart toPart(String entry, PagedTextHandler handler, Metadata metadata,
                                        @Nullable List<String> pstFolders) {
        String mediaType = metadata.get(Metadata.CONTENT_TYPE);
        MailHeaders mail = MailHeaders.isMessage(mediaType) ? MailHeaderReader.read(metadata, pstFolders) : null;
        Sections.Layout layout = Sections.of(handler, mediaType);
        return new ExtractedPart(
                entry,
                mediaType,
                firstNonBlank(metadata.get(TikaCoreProperties.TITLE), metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY)),
                mail != null ? mail.from()
                        : firstNonBlank(metadata.get(Message.MESSAGE_FROM), metadata.get(TikaCoreProperties.CREATOR)),
                mail != null ? MailHeaderReader.sentAt(metadata) : instant(metadata.getDate(TikaCoreProperties.CREATED)),
                mail,
                handler.text(),
                layout.pageStarts(),
                handler.headingStarts(),
                handler.cut() || "true".equals(metadata.get(TikaCoreProperties.WRITE_LIMIT_REACHED))
                        || "true".equals(metadata.get(EMBEDDED_RESOURCE_LIMIT_REACHED)),
                firstLine(metadata.get(TikaCoreProperties.EMBEDDED_EXCEPTION)),
                layout.sections(),
                metadata.get(ContentDigest.METADATA_KEY));
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
     * A fresh text handler per document, all drawing on one text budget for the whole file: the handlers, not Tika's
     * write limit, keep it, because Tika's counts the characters parsers send and not the breaks and tabs that are
     * kept with them, and stops only once (a parser that swallows its exception reads on to the end). Tika asks for a
     * document's handler as it starts the document, so the handlers not yet ended are the open containers.
     */
    private record PagedTextHandlerFactory(TextBudget budget, Deque<PagedTextHandler> open)
            implements ContentHandlerFactory {

        @Override
        public ContentHandler getNewContentHandler() {
            PagedTextHandler handler = new PagedTextHandler(budget);
            open.push(handler);
            return handler;
        }

        @Override
        public ContentHandler getNewContentHandler(java.io.OutputStream os, java.nio.charset.Charset charset) {
            return getNewContentHandler();
        }
    }
}
