package org.dossier.indexer.internal.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The recovery audit's view of the index: how many live passages each document id has, read straight from the
 * document-id terms (deleted passages not counted).
 */
final class DocumentPassageCounts {

    private DocumentPassageCounts() {
    }

    static Map<Long, Integer> of(IndexReader reader) throws IOException {
        Map<Long, Integer> counts = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(IndexFields.DOCUMENT_ID);
            if (terms == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum ids = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef id = ids.next(); id != null; id = ids.next()) {
                postings = ids.postings(postings, PostingsEnum.NONE);
                int alive = 0;
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        alive++;
                    }
                }
                if (alive > 0) {
                    counts.merge(Long.parseLong(id.utf8ToString()), alive, Integer::sum);
                }
            }
        }
        return counts;
    }
}
