package org.dossier.indexer.index;

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
     * Why 8-bit scalar quantization (Lucene's optimized scalar quantization, OSQ, one byte per dimension): the
     * vector-quantization benchmark (bench/results/vector-quantization.json) against float32 HNSW, plain top-10
     * kNN as PassageIndex searches, no rescoring:
     *   - recall@10 stays within a few hundredths of float32 on bge-small Cranfield embeddings and on 100k
     *     clustered synthetic vectors, and nDCG@10 on Cranfield within noise;
     *   - what the search reads (quantized vectors + graph) is about a third of float32's (raw vectors + graph):
     *     the page cache needed to search a large dossier fast shrinks about 3x;
     *   - 4 bits and fewer cut memory further but lose recall that only rescoring on the float vectors wins back,
     *     which PassageIndex's search does not do.
     * The price: the float vectors stay on disk too (merges re-quantize from them), so the index is ~25% larger on
     * disk, and vector scores are estimates (ranking barely changes).
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
