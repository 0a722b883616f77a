package org.dossier.indexer.internal.index;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;

/**
 * The codec {@link PassageIndex} writes with: Lucene's default, except for how passage vectors are stored.
 *
 * <p>It extends Lucene's current default codec rather than wrapping it, so segments keep that codec's name and any
 * Lucene reads them back. The vector format is recorded per field in each segment, so an index written before with
 * another vector format (float32 HNSW until now) still opens and searches: old segments are read with the format
 * they were written with, and become quantized when a merge rewrites them. A Lucene upgrade that brings a new
 * default codec means changing the class extended here.
 */
public final class PassageCodec {

    /*
     * Why 8-bit optimized scalar quantization (OSQ, one byte per dimension), from the vector-quantization benchmark
     * (bench/results/vector-quantization.json), plain top-10 kNN as PassageIndex searches, against float32 HNSW:
     *   - recall@10 vs an exact scan: 0.991 vs 0.995 on bge-small Cranfield passages, 0.960 vs 0.966 on 100k
     *     clustered synthetic vectors (>= 0.99 of float32); Cranfield nDCG@10 0.386 vs 0.387 (paired
     *     difference -0.0001, standard error 0.0004: noise);
     *   - a search reads only the quantized vectors and the graph, never the floats: 27% of float32's bytes
     *     (43 MB instead of 157 MB per 100k passages) must stay in the page cache for searches to stay fast;
     *   - 4 bits (recall 0.94 of float32) and fewer save more but lose recall that only rescoring on the floats
     *     wins back, which this search does not do; 7 bits takes as many bytes as 8 in this format.
     * The price: the floats stay on disk (merges quantize again from them), so vectors take 25% more disk; a fully
     * cached search is slower (p50 0.67 vs 0.39 ms at 100k: sub-millisecond either way); scores are estimates.
     */
    private static final KnnVectorsFormat PASSAGE_VECTORS = new Lucene104HnswScalarQuantizedVectorsFormat(
            ScalarEncoding.UNSIGNED_BYTE, Lucene99HnswVectorsFormat.DEFAULT_MAX_CONN,
            Lucene99HnswVectorsFormat.DEFAULT_BEAM_WIDTH);

    private PassageCodec() {
    }

    /** The codec for a passage index. */
    public static Codec create() {
        return withVectorsFormat(PASSAGE_VECTORS);
    }

    /** The format passage vectors are written in. */
    public static KnnVectorsFormat vectorsFormat() {
        return PASSAGE_VECTORS;
    }

    /** Lucene's default codec with every vector field in the given format: also how the benchmark compares formats. */
    public static Codec withVectorsFormat(KnnVectorsFormat vectors) {
        return new Lucene104Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return vectors;
            }
        };
    }
}
