package org.dossier.bench;

import java.io.IOException;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * A directory that records which 4 KiB pages of each file are read: the page-cache footprint of what runs between
 * {@link #reset} and {@link #pagesReadByExtension}. Used to see which vector files a kNN search really touches
 * (for instance whether a quantized format ever reads the float vectors it keeps for merging).
 *
 * <p>Only for measuring, never for timing: the wrapped inputs hide Lucene's memory-mapped fast paths, so searches
 * take the generic read path (same results, slower). Not thread-safe: search with one thread.
 */
final class ReadTrackingDirectory extends FilterDirectory {

    static final int PAGE = 4096;

    private final Map<String, BitSet> pages = new ConcurrentHashMap<>();

    ReadTrackingDirectory(Directory in) {
        super(in);
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        return new TrackingInput("tracking(" + name + ")", in.openInput(name, context), 0,
                pages.computeIfAbsent(name, n -> new BitSet()));
    }

    /** Forgets what was read so far (opening a reader reads headers and footers, which is not search). */
    void reset() {
        pages.values().forEach(BitSet::clear);
    }

    /** Bytes of distinct pages read since the last reset, by file extension (all segments together). */
    Map<String, Long> pagesReadByExtension() {
        Map<String, Long> bytes = new TreeMap<>();
        pages.forEach((file, read) -> {
            if (!read.isEmpty()) {
                bytes.merge(extension(file), (long) read.cardinality() * PAGE, Long::sum);
            }
        });
        return bytes;
    }

    static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(dot + 1);
    }

    /** An input (or a slice or clone of one) that marks the pages of the file it reads. */
    private static final class TrackingInput extends IndexInput {

        private final IndexInput delegate;
        /** Where this input starts in the file: slices count from their own start. */
        private final long start;
        private final BitSet pages;

        TrackingInput(String description, IndexInput delegate, long start, BitSet pages) {
            super(description);
            this.delegate = delegate;
            this.start = start;
            this.pages = pages;
        }

        private void mark(long length) {
            if (length <= 0) {
                return;
            }
            long from = start + delegate.getFilePointer();
            pages.set((int) (from / PAGE), (int) ((from + length - 1) / PAGE) + 1);
        }

        @Override
        public byte readByte() throws IOException {
            mark(1);
            return delegate.readByte();
        }

        @Override
        public void readBytes(byte[] b, int offset, int len) throws IOException {
            mark(len);
            delegate.readBytes(b, offset, len);
        }

        @Override
        public void readFloats(float[] floats, int offset, int len) throws IOException {
            mark((long) len * Float.BYTES);
            delegate.readFloats(floats, offset, len);
        }

        @Override
        public void readInts(int[] dst, int offset, int length) throws IOException {
            mark((long) length * Integer.BYTES);
            delegate.readInts(dst, offset, length);
        }

        @Override
        public void readLongs(long[] dst, int offset, int length) throws IOException {
            mark((long) length * Long.BYTES);
            delegate.readLongs(dst, offset, length);
        }

        @Override
        public int readInt() throws IOException {
            mark(Integer.BYTES);
            return delegate.readInt();
        }

        @Override
        public long readLong() throws IOException {
            mark(Long.BYTES);
            return delegate.readLong();
        }

        @Override
        public short readShort() throws IOException {
            mark(Short.BYTES);
            return delegate.readShort();
        }

        @Override
        public long getFilePointer() {
            return delegate.getFilePointer();
        }

        @Override
        public void seek(long pos) throws IOException {
            delegate.seek(pos);
        }

        @Override
        public long length() {
            return delegate.length();
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }

        @Override
        public IndexInput slice(String sliceDescription, long offset, long length) throws IOException {
            return new TrackingInput(sliceDescription, delegate.slice(sliceDescription, offset, length),
                    start + offset, pages);
        }

        @Override
        public IndexInput clone() {
            return new TrackingInput(toString(), delegate.clone(), start, pages);
        }

        @Override
        public void prefetch(long offset, long length) throws IOException {
            delegate.prefetch(offset, length); // a hint, not a read: the pages count once something reads them
        }
    }
}
