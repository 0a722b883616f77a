package org.dossier.engine.gguf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a GGUF v3 file with metadata and F32 tensors, for tests that need a real model file without downloading
 * one. Layout: header, metadata, tensor table, padding to {@value #ALIGNMENT} bytes, then each tensor's data, each
 * starting on a {@value #ALIGNMENT}-byte boundary as llama.cpp expects.
 */
public final class GgufWriter {

    static final int ALIGNMENT = 32;

    private final Bytes metadata = new Bytes();
    private int metadataCount;
    private final List<Tensor> tensors = new ArrayList<>();

    private record Tensor(String name, long[] dimensions, float[] values) {
    }

    public GgufWriter string(String key, String value) {
        key(key, 8).string(value);
        return this;
    }

    public GgufWriter uint32(String key, long value) {
        key(key, 4).int32((int) value);
        return this;
    }

    public GgufWriter float32(String key, float value) {
        key(key, 6).int32(Float.floatToIntBits(value));
        return this;
    }

    public GgufWriter bool(String key, boolean value) {
        key(key, 7).int8(value ? 1 : 0);
        return this;
    }

    public GgufWriter bools(String key, boolean... values) {
        key(key, 9).int32(7).int64(values.length);
        for (boolean value : values) {
            metadata.int8(value ? 1 : 0);
        }
        return this;
    }

    public GgufWriter strings(String key, List<String> values) {
        key(key, 9).int32(8).int64(values.size());
        values.forEach(metadata::string);
        return this;
    }

    public GgufWriter floats(String key, float[] values) {
        key(key, 9).int32(6).int64(values.length);
        for (float value : values) {
            metadata.int32(Float.floatToIntBits(value));
        }
        return this;
    }

    public GgufWriter int32s(String key, int[] values) {
        key(key, 9).int32(5).int64(values.length);
        for (int value : values) {
            metadata.int32(value);
        }
        return this;
    }

    /** Adds an F32 tensor; dimensions in GGUF order (fastest-varying first), values in that order too. */
    public GgufWriter tensor(String name, float[] values, long... dimensions) {
        long elements = 1;
        for (long dimension : dimensions) {
            elements *= dimension;
        }
        if (elements != values.length) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + elements + " elements");
        }
        tensors.add(new Tensor(name, dimensions, values));
        return this;
    }

    private Bytes key(String key, int type) {
        metadataCount++;
        return metadata.string(key).int32(type);
    }

    public Path write(Path file) throws IOException {
        Bytes head = new Bytes().int32(0x46554747).int32(3).int64(tensors.size()).int64(metadataCount);
        head.append(metadata);
        long offset = 0;
        for (Tensor tensor : tensors) {
            head.string(tensor.name()).int32(tensor.dimensions().length);
            for (long dimension : tensor.dimensions()) {
                head.int64(dimension);
            }
            head.int32(0).int64(offset);
            offset = align(offset + 4L * tensor.values().length);
        }
        head.padTo(align(head.size()));
        for (Tensor tensor : tensors) {
            for (float value : tensor.values()) {
                head.int32(Float.floatToIntBits(value));
            }
            head.padTo(align(head.size()));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            head.writeTo(out);
        }
        return file;
    }

    private static long align(long position) {
        return Math.ceilDiv(position, ALIGNMENT) * ALIGNMENT;
    }

    /** A growable little-endian byte buffer. */
    private static final class Bytes {
        private ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

        private Bytes ensure(int more) {
            if (buffer.remaining() < more) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + more))
                        .order(ByteOrder.LITTLE_ENDIAN);
                bigger.put(buffer.flip());
                buffer = bigger;
            }
            return this;
        }

        Bytes int8(int value) {
            ensure(1).buffer.put((byte) value);
            return this;
        }

        Bytes int32(int value) {
            ensure(4).buffer.putInt(value);
            return this;
        }

        Bytes int64(long value) {
            ensure(8).buffer.putLong(value);
            return this;
        }

        Bytes string(String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            int64(bytes.length);
            ensure(bytes.length).buffer.put(bytes);
            return this;
        }

        void append(Bytes other) {
            ensure(other.buffer.position()).buffer.put(other.buffer.duplicate().flip());
        }

        long size() {
            return buffer.position();
        }

        void padTo(long size) {
            while (buffer.position() < size) {
                int8(0);
            }
        }

        void writeTo(OutputStream out) throws IOException {
            out.write(buffer.array(), 0, buffer.position());
        }
    }
}
