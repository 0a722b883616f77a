package org.dossier.indexer;

import java.util.List;

import org.dossier.engine.EmbeddingEngine;
import org.jspecify.annotations.Nullable;

/**
 * Finds the passages that match a question: keywords and meaning together, on one snapshot of the index. This is
 * the seam between Dossier and the index it searches (Lucene on disk today; a search server could stand behind it),
 * so no index library's types appear here.
 */
public interface PassageSearch {

    /**
     * The passages that best match a question, best first: BM25 and, when {@code embeddings} is given and passages
     * carry its vectors, the nearest passages by meaning, fused by rank. Both lists come from the same moment of the
     * index. Each is read at least {@code limit} deep (deeper when the search policy says so) and the fused list is
     * <em>not</em> cut to {@code limit}: a re-ranker may still lift a passage from below it, and near duplicates may
     * still be dropped. The caller cuts.
     *
     * <p>A blank question lists what the filter allows, oldest first (a thread reads in order); with no filter either,
     * it finds nothing.
     *
     * @param embeddings the model whose vectors to search (it embeds the question), or {@code null} for keywords
     *                   alone
     */
    List<PassageHit> search(String question, @Nullable EmbeddingEngine embeddings, SearchFilter filter, int limit);

    /** How many passages are searchable now. */
    int passageCount();

    /** Words as this index sees them: for highlighting what matched and for judging a passage's relevance. */
    DossierAnalyzer analyzer();
}
