package org.dossier.indexer.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** How extracting one file ended: text for each of its parts, a reason to skip it, or a reason it failed. */
public sealed interface Extraction {

    /**
     * A streamed extraction gathered whole: its parts in one {@link Extracted}, for callers that want a file's parts
     * at once (and can hold them). Anything else it ends in is returned as it is.
     */
    static Extraction gathered(Function<PartSink, Extraction> streaming) {
        List<ExtractedPart> parts = new ArrayList<>();
        Extraction extraction = streaming.apply(parts::addAll);
        return extraction instanceof Streamed && !parts.isEmpty() ? new Extracted(parts) : extraction;
    }

    /** The file and its embedded documents (messages, attachments), container first. */
    record Extracted(List<ExtractedPart> parts) implements Extraction {
        public Extracted {
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("an extraction has at least the file itself");
            }
            parts = List.copyOf(parts);
        }

        public ExtractedPart container() {
            return parts.getFirst();
        }
    }

    /**
     * A container read as a stream: its parts were handed over as they were read ({@link PartSink}), the container
     * first; nothing is left to hand over.
     *
     * @param messages the messages it held
     */
    record Streamed(int messages) implements Extraction {
    }

    /** Nothing to index, for a reason that is not an error (empty, encrypted, no text, unsupported). */
    record Skipped(String reason) implements Extraction {
    }

    /** The parser could not read the file. */
    record Failed(String reason) implements Extraction {
    }
}
