package org.dossier.assistant;

import java.time.Instant;
import java.util.List;

/**
 * A stored conversation with all its turns, oldest first.
 *
 * @param title the first question, clipped
 */
public record Conversation(long id, String title, Instant createdAt, Instant updatedAt, List<Turn> turns) {

    public Conversation {
        turns = List.copyOf(turns);
    }
}
