package org.dossier.indexer.internal.ingest;

import java.util.Arrays;

/**
 * The relative paths a scan found, kept as 64-bit hashes in one open-addressing table: 16 bytes a file instead of
 * the path, its string and a hash-set entry (a few hundred bytes), so that telling which catalogued files vanished
 * costs a few megabytes for a folder of 300,000 files. Two paths with the same 64-bit hash (odds about one in
 * 10^8 at a million files) would let the one that vanished linger in the catalog until a later scan.
 */
final class SeenPaths {

    private long[] slots = new long[1 << 12];
    private int size;
    private boolean zeroSeen;

    void add(String path) {
        long hash = hash(path);
        if (hash == 0) {
            zeroSeen = true;
            return;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (insert(slots, hash)) {
            size++;
        }
    }

    boolean contains(String path) {
        long hash = hash(path);
        if (hash == 0) {
            return zeroSeen;
        }
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (slots[i] == hash) {
                return true;
            }
        }
        return false;
    }

    private static boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        int i = spread(hash) & mask;
        for (; table[i] != 0; i = (i + 1) & mask) {
            if (table[i] == hash) {
                return false;
            }
        }
        table[i] = hash;
        return true;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        Arrays.stream(slots).filter(hash -> hash != 0).forEach(hash -> insert(bigger, hash));
        slots = bigger;
    }

    private static int spread(long hash) {
        return (int) (hash ^ (hash >>> 32));
    }

    /** FNV-1a over the UTF-16 units, then a finalizer that spreads the bits (MurmurHash3's fmix64). */
    private static long hash(String path) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < path.length(); i++) {
            hash ^= path.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb93fe53a87cdL;
        hash ^= hash >>> 33;
        return hash;
    }
}
