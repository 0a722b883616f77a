package org.dossier.bench;

import java.util.List;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;

/** One vector format {@link VectorQuantization} compares; float32 first, as the baseline of the ratios. */
record VectorFormatCandidate(String label, KnnVectorsFormat format, boolean quantized) {

    /** Lucene 10.6's float32 HNSW, then HNSW over optimized scalar quantization at 8, 7, 4, 2 and 1 bits. */
    static List<VectorFormatCandidate> all() {
        int m = Lucene99HnswVectorsFormat.DEFAULT_MAX_CONN;
        int beam = Lucene99HnswVectorsFormat.DEFAULT_BEAM_WIDTH;
        return List.of(
                new VectorFormatCandidate("float32", new Lucene99HnswVectorsFormat(m, beam), false),
                quantized("int8 OSQ", ScalarEncoding.UNSIGNED_BYTE, m, beam),
                quantized("int7 OSQ", ScalarEncoding.SEVEN_BIT, m, beam),
                quantized("int4 OSQ", ScalarEncoding.PACKED_NIBBLE, m, beam),
                quantized("2-bit OSQ", ScalarEncoding.DIBIT_QUERY_NIBBLE, m, beam),
                quantized("1-bit OSQ", ScalarEncoding.SINGLE_BIT_QUERY_NIBBLE, m, beam));
    }

    private static VectorFormatCandidate quantized(String label, ScalarEncoding encoding, int m, int beam) {
        return new VectorFormatCandidate(label, new Lucene104HnswScalarQuantizedVectorsFormat(encoding, m, beam),
                true);
    }
}
