package org.dossier.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.dossier.indexer.DossierAnalyzer;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;
import org.dossier.indexer.internal.index.PassageIndex;
import org.dossier.indexer.internal.search.FeedbackRescorer;
import org.dossier.indexer.internal.search.QuestionWords;
import org.dossier.indexer.internal.search.VectorFeedback;

/** The two lists Dossier's hybrid search fuses, read apart, for the variants and levers that fuse them otherwise. */
final class HybridLists {

    private HybridLists() {
    }

    /** The levers' inputs: each judged query's two lists as hybrid search reads them, searched once. */
    static RetrievalLevers levers(IrCollection collection, List<Integer> judged, PassageIndex index, Rm3Bm25 rm3,
                                  Function<String, List<PassageHit>> keyword, QueryVectors instructed, String model,
                                  int depth) {
        DossierAnalyzer analyzer = new DossierAnalyzer();
        List<RetrievalLevers.Query> queries = new ArrayList<>();
        for (int query : judged) {
            String text = collection.queries().get(query);
            List<PassageHit> bm25 = keyword.apply(text);
            List<PassageHit> semantic = withFeedback(index, instructed.embedQuery(text), model, bm25,
                    VectorFeedback.DEFAULT, depth);
            int words = QuestionWords.count(analyzer, text);
            queries.add(new RetrievalLevers.Query(text, words, bm25, semantic,
                    collection.judgments().relevant(query)));
        }
        return new RetrievalLevers(queries, rm3, depth);
    }

    /** A vector search re-ranked with feedback chosen as Dossier's hybrid search chooses it. */
    static List<PassageHit> withFeedback(PassageIndex index, float[] vector, String model, List<PassageHit> keyword,
                                         VectorFeedback feedback, int depth) {
        return index.read(snapshot -> {
            List<PassageHit> nearest = snapshot.nearest(vector, model, SearchFilter.NONE, depth);
            return FeedbackRescorer.rescore(snapshot, vector, nearest, feedback.choose(nearest, keyword),
                    feedback.weight());
        });
    }
}
