package org.dossier.web.shell;

import java.util.List;

import org.dossier.indexer.ReasonCount;
import org.dossier.web.status.Status;

/** The lists at the end of the shell's {@code status}: documents counted by kind of reason, and those not indexed. */
final class StatusLists {

    private StatusLists() {
    }

    /** A titled list of counts, one line each: how many, the state, a full reason of the kind; nothing if empty. */
    static void reasons(StringBuilder out, String title, List<ReasonCount> reasons) {
        if (!reasons.isEmpty()) {
            out.append("\n\n").append(title);
            reasons.forEach(reason -> out.append("\n  %6d  %s  %s".formatted(reason.documents(), reason.state(),
                    reason.example())));
        }
    }

    /** The most recent documents that were not indexed, each with its reason; nothing if there are none. */
    static void notIndexed(StringBuilder out, List<Status.NotIndexed> documents) {
        if (!documents.isEmpty()) {
            out.append("\n\nNot indexed:");
            for (Status.NotIndexed doc : documents) {
                out.append("\n  ").append(doc.state()).append("  ").append(doc.file())
                        .append(doc.entry() == null ? "" : " " + doc.entry())
                        .append(doc.reason() == null ? "" : ": " + doc.reason());
            }
        }
    }
}
