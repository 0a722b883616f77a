package org.dossier.assistant.retrieve;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which email a passage comes from: how a journalist finds it again in their mail client.
 *
 * @param folder the folder of a message in an Outlook .pst, below the top of the file ("Inbox/Projects")
 */
public record MessageRef(@Nullable String subject, @Nullable String from, @Nullable Instant date,
                         @Nullable String messageId, @Nullable String folder) {
}
