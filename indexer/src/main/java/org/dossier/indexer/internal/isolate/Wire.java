package org.dossier.indexer.internal.isolate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Values as the worker protocol writes them. Strings are UTF-8 with an int length (-1 for null): Java's
 * {@code writeUTF} stops at 64 KB and a file's text is far longer. Lists are an int count, then their items; a
 * negative count or length is a garbled reply, never an allocation.
 */
final class Wire {

    /** Writes one item of a list. */
    @FunctionalInterface
    interface ItemWriter<T> {
        void write(DataOutputStream out, T item) throws IOException;
    }

    /** Reads one item of a list. */
    @FunctionalInterface
    interface ItemReader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private Wire() {
    }

    static void writeString(DataOutputStream out, @Nullable String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static @Nullable String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** A string that must be there. */
    static String readRequired(DataInputStream in) throws IOException {
        String value = readString(in);
        if (value == null) {
            throw new IOException("a reply from a parser process is garbled (missing text)");
        }
        return value;
    }

    static void writeInstant(DataOutputStream out, @Nullable Instant instant) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        }
    }

    static @Nullable Instant readInstant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    static <T> void writeList(DataOutputStream out, List<T> items, ItemWriter<T> writer) throws IOException {
        out.writeInt(items.size());
        for (T item : items) {
            writer.write(out, item);
        }
    }

    /** @param counted what the count counts, for the message when it is garbled ("list size", "section count") */
    static <T> List<T> readList(DataInputStream in, String counted, ItemReader<T> reader) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            throw new IOException("a reply from a parser process is garbled (" + counted + " " + size + ")");
        }
        List<T> items = new ArrayList<>(Math.min(size, 1 << 16));
        for (int i = 0; i < size; i++) {
            items.add(reader.read(in));
        }
        return items;
    }
}
