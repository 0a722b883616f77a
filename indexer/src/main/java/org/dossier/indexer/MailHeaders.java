package org.dossier.indexer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a message says about itself: who wrote it to whom, and where it sits in its conversation. The subject and
 * the date are the part's title and date.
 *
 * @param from       the sender, "Name <address>" when both are known
 * @param to         the recipients, each "Name <address>" (or the address, or the name, whichever is known)
 * @param cc         the copied recipients, the same way
 * @param messageId  the Message-ID, without its angle brackets
 * @param inReplyTo  the Message-ID of the message this one answers
 * @param references the Message-IDs of the conversation so far, oldest first
 * @param folder     for a message in an Outlook .pst, its folder below the top of the file ("Inbox/Projects")
 */
public record MailHeaders(
        @Nullable String from,
        List<String> to,
        List<String> cc,
        @Nullable String messageId,
        @Nullable String inReplyTo,
        List<String> references,
        @Nullable String folder) {

    private static final Set<String> OUTLOOK_MESSAGE_TYPES = Set.of(
            "application/vnd.ms-outlook", // a .msg file
            "application/x-tika-pst-mail-item"); // a message inside a .pst

    public MailHeaders {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        references = List.copyOf(references);
    }

    /** Everyone the message went to, copies included. */
    public List<String> recipients() {
        return java.util.stream.Stream.concat(to.stream(), cc.stream()).toList();
    }

    /** An e-mail message: RFC 822 (in an mbox or an .eml), an Outlook .msg, or a message inside a .pst. */
    public static boolean isMessage(@Nullable String mediaType) {
        if (mediaType == null) {
            return false;
        }
        String base = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.startsWith("message/") || OUTLOOK_MESSAGE_TYPES.contains(base);
    }
}
