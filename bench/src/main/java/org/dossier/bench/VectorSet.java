package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.lucene.util.VectorUtil;
import org.dossier.engine.embedding.BundledEmbeddings;
import org.dossier.indexer.IndexerProperties;
import org.dossier.indexer.internal.chunk.Chunker;
import org.dossier.indexer.internal.chunk.Passage;
import org.dossier.indexer.internal.extract.ExtractedPart;

/**
 * Vectors {@link VectorQuantization} compares formats on, and the exact answers a format's search is measured
 * against. For a real collection, {@code documentOf} gives each passage's document and {@code gains} each query's
 * judged documents; both are null for synthetic vectors.
 */
record VectorSet(String name, float[][] passages, float[][] queries, int commitEvery, long[] documentOf,
                 List<Map<Long, Integer>> gains) {

    static final int SYNTHETIC_QUERIES = 200;
    static final int SYNTHETIC_TOPICS = 100;
    static final int SYNTHETIC_SUB_TOPICS = 20;
    static final int SYNTHETIC_STORIES = 10;
    /** Synthetic vectors committed per batch, as retrieval-latency does: a bulk load. */
    static final int SYNTHETIC_COMMIT_EVERY = 10_000;
    private static final int PAIRS_FOR_STATS = 2_000;

    boolean judged() {
        return gains != null;
    }

    /**
     * A classic IR collection's documents cut into passages as Dossier cuts them, embedded by the bundled model
     * (its id added to {@code models}) in Dossier's batches, with its judged queries embedded as queries.
     */
    static VectorSet real(Path evalData, String collection, IndexerProperties properties, Path temp,
                          List<String> models) throws IOException {
        Path dir = evalData.resolve(collection);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no evaluation data at " + dir.toAbsolutePath()
                    + ": set -Dbench.evalData to the folder holding " + collection + "/");
        }
        IrCollection ir = IrCollection.load(collection, dir);
        Chunker chunker = new Chunker(properties.passageMaxChars(), properties.passageMinChars());
        List<String> texts = new ArrayList<>();
        List<Long> documents = new ArrayList<>();
        for (IrCollection.Document document : ir.documents()) {
            ExtractedPart part = new ExtractedPart("", "text/plain", document.title(), null, null, null,
                    document.text(), List.of(), List.of(), false, null);
            for (Passage passage : chunker.split(part)) {
                texts.add(passage.text());
                documents.add(document.id());
            }
        }
        BundledEmbeddings embeddings = new BundledEmbeddings(temp.resolve("model-cache"));
        models.add(embeddings.modelId());
        long started = System.nanoTime();
        float[][] passages = new float[texts.size()][];
        int batch = properties.embeddingBatch();
        for (int from = 0; from < texts.size(); from += batch) {
            List<float[]> vectors = embeddings.embed(texts.subList(from, Math.min(texts.size(), from + batch)));
            for (int i = 0; i < vectors.size(); i++) {
                passages[from + i] = vectors.get(i);
            }
        }
        List<Integer> judged = ir.judgments().judgedQueries().stream().filter(ir.queries()::containsKey).toList();
        float[][] queries = new float[judged.size()][];
        List<Map<Long, Integer>> gains = new ArrayList<>();
        for (int i = 0; i < judged.size(); i++) {
            queries[i] = embeddings.embedQuery(ir.queries().get(judged.get(i)));
            gains.add(ir.judgments().relevant(judged.get(i)));
        }
        System.err.printf(Locale.ROOT, "[vector-quantization] %s: %d passages and %d queries embedded in %.0f s%n",
                collection, passages.length, queries.length, (System.nanoTime() - started) / 1e9);
        return new VectorSet(collection, passages, queries, batch,
                documents.stream().mapToLong(Long::longValue).toArray(), gains);
    }

    /** {@code size} clustered synthetic vectors ({@link ClusteredVectors}) and their queries. */
    static VectorSet synthetic(long seed, int size) {
        ClusteredVectors vectors = new ClusteredVectors(seed, SyntheticCorpus.DIMENSIONS, SYNTHETIC_TOPICS,
                SYNTHETIC_SUB_TOPICS, SYNTHETIC_STORIES);
        float[][] passages = new float[size][];
        Arrays.setAll(passages, vectors::passage);
        float[][] queries = new float[SYNTHETIC_QUERIES][];
        Arrays.setAll(queries, vectors::query);
        return new VectorSet("synthetic " + size, passages, queries, SYNTHETIC_COMMIT_EVERY, null, null);
    }

    /** Per query, the {@code k} passages with the highest dot product with it, best first: an exact scan. */
    int[][] exactTop(int k) {
        int[][] exact = new int[queries.length][];
        Arrays.setAll(exact, q -> exactTop(queries[q], k));
        return exact;
    }

    private int[] exactTop(float[] query, int k) {
        int[] ids = new int[k];
        float[] scores = new float[k];
        Arrays.fill(ids, -1);
        Arrays.fill(scores, Float.NEGATIVE_INFINITY);
        for (int n = 0; n < passages.length; n++) {
            float score = VectorUtil.dotProduct(query, passages[n]);
            if (score <= scores[k - 1]) {
                continue;
            }
            int at = k - 1;
            while (at > 0 && scores[at - 1] < score) {
                scores[at] = scores[at - 1];
                ids[at] = ids[at - 1];
                at--;
            }
            scores[at] = score;
            ids[at] = n;
        }
        return ids;
    }

    /** nDCG@k of each query, its documents ranked by their best passage among those found. */
    double[] ndcg(int[][] found, int k) {
        double[] values = new double[found.length];
        for (int q = 0; q < found.length; q++) {
            LinkedHashSet<Long> documents = new LinkedHashSet<>();
            for (int passage : found[q]) {
                documents.add(documentOf[passage]);
            }
            values[q] = Metrics.ndcg(List.copyOf(documents), gains.get(q), k);
        }
        return values;
    }

    /**
     * How the set is shaped: mean cosine of random passage pairs, of each query to its best and to its
     * {@code top}-th best passage.
     */
    List<Double> cosineFigures(int[][] exact, long seed, int top) {
        SplittableRandom random = new SplittableRandom(seed);
        double pairs = 0;
        for (int i = 0; i < PAIRS_FOR_STATS; i++) {
            pairs += VectorUtil.dotProduct(passages[random.nextInt(passages.length)],
                    passages[random.nextInt(passages.length)]);
        }
        double best = 0;
        double last = 0;
        for (int q = 0; q < exact.length; q++) {
            best += VectorUtil.dotProduct(queries[q], passages[exact[q][0]]);
            last += VectorUtil.dotProduct(queries[q], passages[exact[q][top - 1]]);
        }
        return List.of(pairs / PAIRS_FOR_STATS, best / exact.length, last / exact.length);
    }
}
