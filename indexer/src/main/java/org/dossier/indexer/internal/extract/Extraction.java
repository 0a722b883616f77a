package org.dossier.indexer.internal.extract;

import java.util.List;

/** How extracting one file ended: text for each of its parts, a reason to skip it, or a reason it failed. */
public sealed interface Extraction {

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

    /** Nothing to index, for a reason that is not an error (empty, encrypted, no text, unsupported). */
    record Skipped(String reason) implements Extraction {
    }

    /** The parser could not read the file. */
    record Failed(String reason) implements Extraction {
    }
}
