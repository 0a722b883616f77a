package org.dossier.indexer.internal.extract;

import java.util.List;

/**
 * Receives the parts of a container read as a stream, one group at a time as soon as it is read: first the container
 * itself, then each message with its attachments. The receiver may block (it records each group before it takes the
 * next), which holds the parser back: a mailbox of any size never has more than a few messages in hand.
 */
@FunctionalInterface
public interface PartSink {

    /**
     * @param parts one message and what it contains, container first (or the container alone, first of all)
     * @throws InterruptedException when indexing stops while the receiver waits: the parse stops too
     */
    void accept(List<ExtractedPart> parts) throws InterruptedException;
}
