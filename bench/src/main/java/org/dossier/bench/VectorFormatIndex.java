package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RescoreTopNQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.dossier.indexer.internal.index.PassageCodec;

/**
 * An index of bare passages (vector, embedding-model keyword, number) in one vector format, written through
 * {@link PassageCodec#withVectorsFormat} as PassageIndex writes and searched as PassageIndex searches: a
 * {@code KnnFloatVectorQuery} filtered on the model. Compound files are off so that every file's size shows by
 * extension.
 */
final class VectorFormatIndex {

    static final String FIELD = "vector";
    static final int TOP = 10;
    static final int TIMED_ROUNDS = 3;
    private static final String MODEL_FIELD = "vector_model";
    private static final String MODEL = "model";
    private static final String NUMBER = "n";

    /** What one search pass gave: per query, the passage numbers found (best first) and the milliseconds taken. */
    record Pass(int[][] found, double[] millis) {
    }

    private VectorFormatIndex() {
    }

    static Query knn(float[] vector, int k) {
        return new KnnFloatVectorQuery(FIELD, vector, k, new TermQuery(new Term(MODEL_FIELD, MODEL)));
    }

    /** Not what PassageIndex does: the search oversampled to {@code candidates}, rescored on the float vectors. */
    static Query rescore(float[] vector, int candidates, int keep) {
        return RescoreTopNQuery.createFullPrecisionRescorerQuery(knn(vector, candidates), vector, FIELD, keep);
    }

    /** Writes the set's vectors in the given format, committing as often as the set says. */
    static void build(Path dir, KnnVectorsFormat format, VectorSet set) throws IOException {
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setNoCFSRatio(0);
        IndexWriterConfig config = new IndexWriterConfig()
                .setCodec(PassageCodec.withVectorsFormat(format))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setUseCompoundFile(false)
                .setMergePolicy(merges);
        try (FSDirectory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            for (int n = 0; n < set.passages().length; n++) {
                Document doc = new Document();
                doc.add(new KnnFloatVectorField(FIELD, set.passages()[n], VectorSimilarityFunction.DOT_PRODUCT));
                doc.add(new StringField(MODEL_FIELD, MODEL, Field.Store.NO));
                doc.add(new StoredField(NUMBER, n));
                writer.addDocument(doc);
                if ((n + 1) % set.commitEvery() == 0) {
                    writer.commit();
                }
            }
            writer.commit();
        }
    }

    /**
     * Runs every query once untimed (JIT, page cache), then {@link #TIMED_ROUNDS} times timed, keeping each
     * query's fastest time: on a shared machine the slower runs measure the neighbours, not the search.
     */
    static Pass timed(IndexSearcher searcher, IntFunction<Query> query, int queries) throws IOException {
        untimed(searcher, query, queries, TOP);
        int[][] found = new int[queries][];
        double[] millis = new double[queries];
        Arrays.fill(millis, Double.POSITIVE_INFINITY);
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (int q = 0; q < queries; q++) {
                Query built = query.apply(q);
                long started = System.nanoTime();
                ScoreDoc[] hits = searcher.search(built, TOP).scoreDocs;
                millis[q] = Math.min(millis[q], (System.nanoTime() - started) / 1e6);
                found[q] = numbers(searcher, hits);
            }
        }
        return new Pass(found, millis);
    }

    static int[][] untimed(IndexSearcher searcher, IntFunction<Query> query, int queries, int depth)
            throws IOException {
        int[][] found = new int[queries][];
        for (int q = 0; q < queries; q++) {
            found[q] = numbers(searcher, searcher.search(query.apply(q), depth).scoreDocs);
        }
        return found;
    }

    private static int[] numbers(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        StoredFields stored = searcher.storedFields();
        int[] numbers = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            numbers[i] = stored.document(hits[i].doc).getField(NUMBER).numericValue().intValue();
        }
        return numbers;
    }

    /** The queries run once more on a reader that records the pages it reads (after opening: that is not search). */
    static Map<String, Long> pagesRead(Path dir, IntFunction<Query> query, int queries) throws IOException {
        try (ReadTrackingDirectory tracking = new ReadTrackingDirectory(FSDirectory.open(dir));
             DirectoryReader reader = DirectoryReader.open(tracking)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            tracking.reset();
            for (int q = 0; q < queries; q++) {
                searcher.search(query.apply(q), TOP);
            }
            return tracking.pagesReadByExtension();
        }
    }
}
