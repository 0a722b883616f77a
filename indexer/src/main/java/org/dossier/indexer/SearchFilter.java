package org.dossier.indexer;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a search is limited to; every part is optional. Start from {@link #NONE} and add parts with the
 * {@code with…} methods.
 *
 * @param sourceId  one source
 * @param mediaType a media type or its prefix ({@code application/pdf}, {@code message/})
 * @param from      dated on or after
 * @param to        dated before
 * @param sender    words of the sender's name or address (all must match)
 * @param recipient words of a recipient's name or address, To or Cc (all must match, in any one recipient or across)
 * @param messageId one message, by its Message-ID (angle brackets optional)
 * @param inReplyTo the replies to a message, by its Message-ID
 * @param thread    a whole conversation: the message with this Message-ID and every message that refers to it
 * @param path      a file or folder within a source, as a prefix of the path relative to the source folder
 *                  ({@code contracts/}, {@code mail/harbour-finance.mbox})
 */
public record SearchFilter(@Nullable Long sourceId, @Nullable String mediaType, @Nullable Instant from,
                           @Nullable Instant to, @Nullable String sender, @Nullable String recipient,
                           @Nullable String messageId, @Nullable String inReplyTo, @Nullable String thread,
                           @Nullable String path) {

    public static final SearchFilter NONE = new SearchFilter(null, null, null, null, null, null, null, null, null,
            null);

    public SearchFilter {
        sender = blankToNull(sender);
        recipient = blankToNull(recipient);
        messageId = bareId(messageId);
        inReplyTo = bareId(inReplyTo);
        thread = bareId(thread);
        path = relativePath(path);
    }

    public SearchFilter withSender(@Nullable String words) {
        return new SearchFilter(sourceId, mediaType, from, to, words, recipient, messageId, inReplyTo, thread, path);
    }

    public SearchFilter withRecipient(@Nullable String words) {
        return new SearchFilter(sourceId, mediaType, from, to, sender, words, messageId, inReplyTo, thread, path);
    }

    public SearchFilter withMessageId(@Nullable String id) {
        return new SearchFilter(sourceId, mediaType, from, to, sender, recipient, id, inReplyTo, thread, path);
    }

    public SearchFilter withInReplyTo(@Nullable String id) {
        return new SearchFilter(sourceId, mediaType, from, to, sender, recipient, messageId, id, thread, path);
    }

    public SearchFilter withThread(@Nullable String id) {
        return new SearchFilter(sourceId, mediaType, from, to, sender, recipient, messageId, inReplyTo, id, path);
    }

    public SearchFilter withPath(@Nullable String prefix) {
        return new SearchFilter(sourceId, mediaType, from, to, sender, recipient, messageId, inReplyTo, thread, prefix);
    }

    public SearchFilter withMediaType(@Nullable String type) {
        return new SearchFilter(sourceId, blankToNull(type), from, to, sender, recipient, messageId, inReplyTo, thread,
                path);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    private static @Nullable String blankToNull(@Nullable String words) {
        return words == null || words.isBlank() ? null : words.strip();
    }

    /** Paths are indexed relative to the source folder, '/'-separated, without a leading '/'. */
    private static @Nullable String relativePath(@Nullable String path) {
        String relative = blankToNull(path);
        if (relative == null) {
            return null;
        }
        relative = relative.replace('\\', '/');
        while (relative.startsWith("/") || relative.startsWith("./")) {
            relative = relative.substring(relative.startsWith("/") ? 1 : 2);
        }
        return relative.isEmpty() ? null : relative;
    }

    /** Message-IDs are indexed without their angle brackets; people paste them with. */
    private static @Nullable String bareId(@Nullable String id) {
        String bare = blankToNull(id);
        if (bare != null && bare.startsWith("<") && bare.endsWith(">")) {
            bare = blankToNull(bare.substring(1, bare.length() - 1));
        }
        return bare;
    }
}
