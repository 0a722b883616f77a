package org.dossier.web.status;

import java.util.List;

import org.dossier.engine.ModelStatus;
import org.dossier.engine.ServedContext;
import org.dossier.indexer.EmbeddingProgress;
import org.dossier.indexer.ReasonCount;
import org.dossier.indexer.RunRecord;
import org.dossier.indexer.StateCounts;
import org.jspecify.annotations.Nullable;

/**
 * @param counts     documents by state (files, messages and attachments alike), and files alone
 * @param passages   passages searchable now
 * @param embedding  how far the background embedding stage is, or {@code null} when embeddings are off
 * @param context    the chat model's context as served beside the one set, and why they differ when they do
 * @param notIndexed the most recent documents that were skipped or failed, with the reason
 * @param reasons    every document that was skipped or failed, counted by kind of reason, most frequent first
 * @param partlyIndexed every document indexed in part (its text cut at the limits, a mailbox not read to its end),
 *                   counted by kind of reason, most frequent first
 * @param paused     why indexing and embedding are paused now (the disk is nearly full), or {@code null}
 * @param lastRunStopped why the last indexing run ended before it looked at every file (cancelled, an error), or
 *                   {@code null}
 * @param runs       the latest indexing runs, newest first, each with how it ended
 */
public record Status(String dataDir, List<String> sources, StateCounts counts, int passages, ModelStatus model,
                     ServedContext context, @Nullable EmbeddingProgress embedding, List<NotIndexed> notIndexed,
                     List<ReasonCount> reasons, List<ReasonCount> partlyIndexed, @Nullable String paused,
                     @Nullable String lastRunStopped, List<RunRecord> runs) {

    /** One line: the context prompts are sized to, where that comes from, and the setting when it differs. */
    public String contextLine() {
        return context.served() + " tokens (" + context.source() + ")" + (context.differs()
                ? " — not the " + context.configured() + " set: " + context.why() : "");
    }

    /** A document that was skipped or failed, and why. */
    public record NotIndexed(long id, String file, @Nullable String entry, String state, @Nullable String reason) {
    }
}
