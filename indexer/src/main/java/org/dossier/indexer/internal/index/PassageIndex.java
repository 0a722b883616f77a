package org.dossier.indexer.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The passages of every indexed document, on disk. One writer lives as long as the application; reads go through a
 * {@link SearcherManager} that is refreshed after each commit, never per query, and each {@link #read} holds one
 * searcher from start to end, so that everything it reads comes from the same commit.
 *
 * <p>Passages arrive first without vectors (keyword-searchable at once); the embedding stage adds vectors later
 * ({@link #pendingVectors}, {@link #addVectors}). A vector computed for a passage whose document changed meanwhile
 * is dropped, never written over the newer passage.
 */
public final class PassageIndex implements AutoCloseable {

    private final PassageAnalyzer analyzer = new PassageAnalyzer();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Change number of each document's last replace or delete, to spot vectors made for an older version. */
    private final Map<Long, Long> lastChange = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    public PassageIndex(Path dir) {
        try {
            this.directory = FSDirectory.open(dir);
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setCodec(PassageCodec.create()) // vectors quantized to 8 bits: why in PassageCodec
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index at " + dir
                    + " — is another Dossier using this data directory?", e);
        }
    }

    /** Replaces whatever the index holds for a document with these passages (not visible until {@link #commit}). */
    public synchronized void replace(long documentId, List<IndexedPassage> passages) {
        lastChange.put(documentId, changes.incrementAndGet());
        try {
            writer.deleteDocuments(documentTerm(documentId));
            writer.addDocuments(passages.stream().map(p -> PassageDocuments.toDocument(p, null, null)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("indexing document " + documentId + " failed", e);
        }
    }

    public synchronized void delete(long documentId) {
        lastChange.put(documentId, changes.incrementAndGet());
        try {
            writer.deleteDocuments(documentTerm(documentId));
        } catch (IOException e) {
            throw new UncheckedIOException("removing document " + documentId + " from the index failed", e);
        }
    }

    /** Makes all changes durable and visible to searches. */
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("committing the index failed", e);
        }
    }

    /**
     * Reads the index through one searcher, acquired for this read and released however it ends: a search of several
     * steps sees a single commit, even while indexing commits new ones.
     */
    public <T> T read(Function<IndexSnapshot, T> reading) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("opening an index searcher failed", e);
        }
        try {
            return reading.apply(new IndexSnapshot(searcher, analyzer));
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException("releasing an index searcher failed", e);
            }
        }
    }

    /** Up to {@code max} passages that have no vector from this model yet, with the change number they were read at. */
    public PendingVectors pendingVectors(String model, int max) {
        long readAt = changes.get();
        return new PendingVectors(read(snapshot -> snapshot.withoutVector(model, max)), readAt);
    }

    /**
     * Writes vectors for passages read by {@link #pendingVectors}; those whose document changed since are skipped.
     *
     * @return how many were written
     */
    public synchronized int addVectors(PendingVectors pending, List<float[]> vectors, String model) {
        if (vectors.size() != pending.passages().size()) {
            throw new IllegalArgumentException(vectors.size() + " vectors for " + pending.passages().size() + " passages");
        }
        int written = 0;
        try {
            for (int i = 0; i < vectors.size(); i++) {
                IndexedPassage passage = pending.passages().get(i);
                if (lastChange.getOrDefault(passage.documentId(), 0L) > pending.readAt()) {
                    continue;
                }
                writer.updateDocument(new Term(IndexFields.KEY, passage.key()),
                        PassageDocuments.toDocument(passage, vectors.get(i), model));
                written++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing vectors failed", e);
        }
        return written;
    }

    /**
     * Marks passages read by {@link #pendingVectors} as ones this model could not embed, so that it is not asked for
     * them again (another model is); those whose document changed since are left alone.
     *
     * @param reasons why, for each passage to mark
     */
    public synchronized void markUnembeddable(PendingVectors pending, Map<IndexedPassage, String> reasons,
                                              String model) {
        try {
            for (Map.Entry<IndexedPassage, String> rejected : reasons.entrySet()) {
                IndexedPassage passage = rejected.getKey();
                if (lastChange.getOrDefault(passage.documentId(), 0L) > pending.readAt()) {
                    continue;
                }
                writer.updateDocument(new Term(IndexFields.KEY, passage.key()),
                        PassageDocuments.unembeddable(passage, model, rejected.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("marking passages the model could not embed failed", e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    private static Term documentTerm(long documentId) {
        return new Term(IndexFields.DOCUMENT_ID, Long.toString(documentId));
    }
}
