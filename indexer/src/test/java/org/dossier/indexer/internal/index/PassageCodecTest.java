package org.dossier.indexer.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.indexer.internal.index.IndexReads.nearest;
import static org.dossier.indexer.internal.index.IndexReads.vectorCount;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;
import org.dossier.indexer.internal.chunk.Passage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passage vectors are written quantized, and an index written before that (Lucene's default: float32 HNSW) keeps
 * working: old segments are read in the format recorded in them, new ones are written in the new format, and a
 * merge rewrites old ones in the new format.
 */
class PassageCodecTest {

    private static final String MODEL = "test-model";
    private static final String FLOAT32_HNSW = "Lucene99HnswVectorsFormat";
    private static final int DIMENSIONS = 384;

    @TempDir
    Path dir;

    private final Random random = new Random(42);

    @Test
    void itIsLucenesCurrentDefaultCodecApartFromVectors() {
        // Fails after a Lucene upgrade that brings a new default codec: PassageCodec should then extend that one.
        assertThat(PassageCodec.create().getName()).isEqualTo(Codec.getDefault().getName());
    }

    @Test
    void newVectorsAreWrittenInTheQuantizedFormat() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            index.replace(1, List.of(passage(1, "first")));
            index.commit();
            PendingVectors pending = index.pendingVectors(MODEL, 10);
            index.addVectors(pending, List.of(unitVector()), MODEL);
            index.commit();
        }

        assertThat(vectorFormatsOfSegments()).containsExactly(PassageCodec.vectorsFormat().getName());
        assertThat(PassageCodec.vectorsFormat().getName()).isNotEqualTo(FLOAT32_HNSW);
    }

    @Test
    void anIndexWrittenWithFloatVectorsBeforeTheSwitchStillOpensAndSearches() throws Exception {
        List<float[]> oldVectors = writeWithLuceneDefaults(1, 2, 3);
        assertThat(vectorFormatsOfSegments()).as("the index a Dossier before the switch wrote")
                .containsExactly(FLOAT32_HNSW);

        float[] newVector = unitVector();
        try (PassageIndex index = new PassageIndex(dir)) {
            for (int i = 0; i < oldVectors.size(); i++) {
                assertThat(nearest(index, oldVectors.get(i), MODEL, SearchFilter.NONE, 1))
                        .extracting(PassageHit::documentId).containsExactly(i + 1L);
            }
            index.replace(4, List.of(passage(4, "written after the switch")));
            index.commit();
            index.addVectors(index.pendingVectors(MODEL, 10), List.of(newVector), MODEL);
            index.commit();

            assertThat(vectorCount(index, MODEL)).isEqualTo(4);
            assertThat(nearest(index, newVector, MODEL, SearchFilter.NONE, 1))
                    .extracting(PassageHit::documentId).containsExactly(4L);
            assertThat(nearest(index, oldVectors.get(1), MODEL, SearchFilter.NONE, 1))
                    .extracting(PassageHit::documentId).containsExactly(2L);
        }
        assertThat(vectorFormatsOfSegments()).as("old and new segments side by side")
                .containsExactlyInAnyOrder(FLOAT32_HNSW, PassageCodec.vectorsFormat().getName());

        try (PassageIndex reopened = new PassageIndex(dir)) {
            assertThat(nearest(reopened, oldVectors.get(2), MODEL, SearchFilter.NONE, 1))
                    .extracting(PassageHit::documentId).containsExactly(3L);
            assertThat(nearest(reopened, newVector, MODEL, SearchFilter.NONE, 1))
                    .extracting(PassageHit::documentId).containsExactly(4L);
        }
    }

    @Test
    void aMergeRewritesOldFloatSegmentsInTheNewFormat() throws Exception {
        List<float[]> oldVectors = new ArrayList<>(writeWithLuceneDefaults(1, 2));
        oldVectors.addAll(writeWithLuceneDefaults(3)); // a second segment: merging one segment alone is a no-op
        assertThat(vectorFormatsOfSegments()).containsExactly(FLOAT32_HNSW, FLOAT32_HNSW);
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new PassageAnalyzer())
                     .setCodec(PassageCodec.create()))) {
            writer.forceMerge(1);
        }

        assertThat(vectorFormatsOfSegments()).containsExactly(PassageCodec.vectorsFormat().getName());
        try (PassageIndex index = new PassageIndex(dir)) {
            for (int i = 0; i < oldVectors.size(); i++) {
                assertThat(nearest(index, oldVectors.get(i), MODEL, SearchFilter.NONE, 1))
                        .extracting(PassageHit::documentId).containsExactly(i + 1L);
            }
        }
    }

    /** Passages with vectors written as Dossier wrote them before PassageCodec: Lucene's default codec. */
    private List<float[]> writeWithLuceneDefaults(long... documentIds) throws IOException {
        List<float[]> vectors = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new PassageAnalyzer()))) {
            for (long id : documentIds) {
                float[] vector = unitVector();
                vectors.add(vector);
                writer.addDocument(PassageDocuments.toDocument(passage(id, "written before the switch " + id),
                        vector, MODEL));
            }
            writer.commit();
        }
        return vectors;
    }

    /** The vector format each segment recorded for the vector field, one entry per segment. */
    private List<String> vectorFormatsOfSegments() throws IOException {
        List<String> formats = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                FieldInfo field = leaf.reader().getFieldInfos().fieldInfo(IndexFields.VECTOR);
                if (field != null) {
                    formats.add(field.getAttribute(PerFieldKnnVectorsFormat.PER_FIELD_FORMAT_KEY));
                }
            }
        }
        return formats;
    }

    private float[] unitVector() {
        float[] vector = new float[DIMENSIONS];
        double norm = 0;
        for (int i = 0; i < DIMENSIONS; i++) {
            vector[i] = (float) random.nextGaussian();
            norm += vector[i] * vector[i];
        }
        for (int i = 0; i < DIMENSIONS; i++) {
            vector[i] /= (float) Math.sqrt(norm);
        }
        return vector;
    }

    private static IndexedPassage passage(long documentId, String text) {
        return new IndexedPassage(documentId, 1, new Passage(0, 0, text.length(), null, text), "title", "p.txt",
                "text/plain", null, null);
    }
}
