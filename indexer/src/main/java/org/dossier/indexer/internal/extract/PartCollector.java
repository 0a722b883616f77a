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
 * result of each as an {@link ExtractedPart}, the container last as Tika ends it last. Built with
 * {@link #messageByMessage}, it hands each message over as soon as Tika ends it instead of keeping it.
 */
final class PartCollector extends AbstractRecursiveParserWrapperHandler {

    private final List<ExtractedPart> parts = new ArrayList<>();
    /** Each embedded document's entry by Tika's id path ({@code /3/4}), which is unique where names may not be. */
    private final Map<String, String> entriesById = new HashMap<>();
    private final Set<String> entriesTaken = new HashSet<>();
    /** Handlers of the documents being parsed, innermost first: a document's container is the next one down. */
    private final Deque<PagedTextHandler> open;
    /** Where each message goes when Tika ends it; {@code null}: every part is kept until the file ends. */
    private final @Nullable PartSink messages;
    private final int maxEmbedded;
    /** Documents opened inside the current message, when messages are handed over: the entry limit is per message. */
    private int openedInMessage;

    PartCollector(int maxChars, int maxEmbedded) {
        this(new PagedTextHandlerFactory(maxChars, false, new ArrayDeque<>()), maxEmbedded, null);
    }

    /**
     * A collector for a mailbox Tika parses whole (a .pst): each message (a document directly in the file) goes to
     * {@code messages} with its attachments as soon as Tika ends it, and only the file itself is left for
     * {@link #parts()}. As in an mbox read message by message, each message has its own character and entry limits,
     * and what is kept between messages is their names (two messages of one subject stay two documents).
     */
    static PartCollector messageByMessage(int maxChars, int maxEmbedded, PartSink messages) {
        return new PartCollector(new PagedTextHandlerFactory(maxChars, true, new ArrayDeque<>()), maxEmbedded,
                messages);
    }

    private PartCollector(PagedTextHandlerFactory factory, int maxEmbedded, @Nullable PartSink messages) {
        super(factory, messages == null ? maxEmbedded : -1); // per message: see hasHitMaximumEmbeddedResources
        this.open = factory.open();
        this.messages = messages;
        this.maxEmbedded = maxEmbedded;
    }

    /** Names the document when it starts: its container started before it, so the container's entry is known. */
    @Override
    public void startEmbeddedDocument(ContentHandler handler, Metadata metadata) throws org.xml.sax.SAXException {
        super.startEmbeddedDocument(handler, metadata);
        String id = metadata.get(TikaCoreProperties.EMBEDDED_ID_PATH);
        if (id != null) {
            entriesById.put(id, unique(entry(id, metadata)));
        }
        if (messages != null && !isMessage(metadata)) {
            openedInMessage++;
        }
    }

    /** Handing messages over, Tika opens up to the entry limit inside each message; otherwise inside the file. */
    @Override
    public boolean hasHitMaximumEmbeddedResources() {
        return messages == null ? super.hasHitMaximumEmbeddedResources() : openedInMessage >= maxEmbedded;
    }

    @Override
    public void endEmbeddedDocument(ContentHandler handler, Metadata metadata) throws org.xml.sax.SAXException {
        super.endEmbeddedDocument(handler, metadata);
        open.removeFirstOccurrence(handler);
        PagedTextHandler container = open.peek();
        String id = metadata.get(TikaCoreProperties.EMBEDDED_ID_PATH);
        String entry = id == null ? null : entriesById.get(id);
        boolean handOver = messages != null && isMessage(metadata);
        if (handOver && hasHitMaximumEmbeddedResources()) {
            metadata.set(EMBEDDED_RESOURCE_LIMIT_REACHED, "true");
        }
        parts.add(toPart(entry == null ? unique("/embedded-" + parts.size()) : entry, (PagedTextHandler) handler,
                metadata, container == null ? null : container.openPstFolders()));
        if (handOver) {
            handOver(messages);
        }
    }

    /**
     * The message Tika just ended, with everything in it, goes: it ended after what it contains, so all of that is
     * in hand, and nothing later is inside it. Its attachments' names go too (they are under the message's own).
     */
    private void handOver(PartSink sink) throws org.xml.sax.SAXException {
        List<ExtractedPart> message = containerFirst(parts);
        parts.clear();
        entriesById.clear(); // only the file is open now, and it has no entry here
        message.subList(1, message.size()).forEach(part -> entriesTaken.remove(part.entry()));
        openedInMessage = 0;
        try {
            sink.accept(message);
        } catch (InterruptedException e) {
            // the parse ends here; whoever handed over the sink knows it was stopped, and says so
            throw new org.xml.sax.SAXException("indexing stopped while the file was parsed", e);
        }
    }

    /** A document directly in the file: in a mailbox, a message. */
    private static boolean isMessage(Metadata metadata) {
        Integer depth = metadata.getInt(TikaCoreProperties.EMBEDDED_DEPTH);
        return depth != null && depth == 1;
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
        return parts.isEmpty() ? List.of() : containerFirst(parts);
    }

    /** Parts in the order Tika ended them, their container last, with the container first and the rest by depth. */
    private static List<ExtractedPart> containerFirst(List<ExtractedPart> ended) {
        Stream<ExtractedPart> embedded = ended.subList(0, ended.size() - 1).stream()
                .sorted(Comparator.comparingLong(part -> part.entry().chars().filter(c -> c == '/').count()));
        return Stream.concat(Stream.of(ended.getLast()), embedded).toList();
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
        Sections.Layout layout = Sections.of(handler.marks(), mediaType);
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
                handler.marks().headingStarts(),
                handler.cut() || "true".equals(metadata.get(TikaCoreProperties.WRITE_LIMIT_REACHED))
                        || "true".equals(metadata.get(EMBEDDED_RESOURCE_LIMIT_REACHED)),
                firstLine(metadata.get(TikaCoreProperties.EMBEDDED_EXCEPTION)),
                layout.sections(),
                ContentDigest.of(metadata));
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
     * document's handler as it starts the document, so the handlers not yet ended are the open containers, and a
     * document draws on its container's budget. With {@code budgetPerMessage}, a message (a document directly in the
     * file) has a budget of its own, which its attachments draw on, and the file keeps no text of its own.
     */
    private record PagedTextHandlerFactory(int maxChars, boolean budgetPerMessage, Deque<PagedTextHandler> open)
            implements ContentHandlerFactory {

        @Override
        public ContentHandler getNewContentHandler() {
            PagedTextHandler handler;
            if (open.isEmpty()) {
                handler = budgetPerMessage ? PagedTextHandler.foldersOnly() : new PagedTextHandler(new TextBudget(maxChars));
            } else {
                handler = new PagedTextHandler(budgetPerMessage && open.size() == 1 ? new TextBudget(maxChars)
                        : open.peek().budget());
            }
            open.push(handler);
            return handler;
        }

        @Override
        public ContentHandler getNewContentHandler(java.io.OutputStream os, java.nio.charset.Charset charset) {
            return getNewContentHandler();
        }
    }
}
