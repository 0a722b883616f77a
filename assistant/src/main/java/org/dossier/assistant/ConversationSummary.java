package org.dossier.assistant;

import java.time.Instant;

/** A conversation as a list shows it: what it is about, when it was last continued, how long it is. */
public record ConversationSummary(long id, String title, Instant createdAt, Instant updatedAt, int turns) {
}
