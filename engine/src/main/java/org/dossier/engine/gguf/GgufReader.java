package org.dossier.engine.gguf;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.engine.GgufModelFacts;


/**
 * Reads a GGUF file's header, metadata and tensor table through a {@link FileChannel}, a buffer at a time: models
 * are many gigabytes and only the first few megabytes describe them. Every problem becomes a {@link GgufException}
 * whose message says what to do.
 */
public final class GgufReader {

    private static final int MAGIC = 0x46554747; // "GGUF" read as a little-endian int
    private static final long DEFAULT_ALIGNMENT = 32;
    private static final String ALIGNMENT_KEY = "general.alignment";

    /** What the model in this file is, from its header: all that deciding whether and how to run it needs. */
    public GgufModelInfo describe(Path path) {
        return GgufModelInfo.of(read(path));
    }

    /** What people choose the model by, and what sizing its memory needs: from the header, never the weights. */
    public GgufModelFacts facts(Path path) {
        return ModelFactsReader.read(read(path));
    }

    /** Reads the description of the model in this file: header, metadata and tensor table. */
    GgufFile read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new GgufException("model file not found: " + path + " — point the model setting at an existing .gguf file");
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return read(path, new Input(channel));
        } catch (EOFException e) {
            throw truncated(path, "it ends inside the header");
        } catch (NoSuchFileException e) {
            throw new GgufException("model file not found: " + path + " — point the model setting at an existing .gguf file");
        } catch (IOException e) {
            throw new GgufException("cannot read model file " + path + ": " + e.getMessage() + " — check its permissions", e);
        }
    }

    private GgufFile read(Path path, Input in) throws IOException {
        long fileSize = in.size();
        if (fileSize < 4 || in.int32() != MAGIC) {
            throw new GgufException("not a GGUF model file: " + path
                    + " — Dossier runs GGUF models (.gguf); convert or download the model in GGUF format");
        }
        int version = in.int32();
        if (version != 2 && version != 3) {
            throw new GgufException("GGUF version " + version + " is not supported (only 2 and 3): " + path
                    + " — download the model again in a current GGUF format");
        }
        long tensorCount = in.count("tensor count", path);
        long metadataCount = in.count("metadata count", path);
        Map<String, Object> metadata = new LinkedHashMap<>();
        for (long i = 0; i < metadataCount; i++) {
            String key = in.string();
            metadata.put(key, in.value(in.int32()));
        }
        List<GgufTensorInfo> tensors = new ArrayList<>();
        for (long i = 0; i < tensorCount; i++) {
            tensors.add(tensorInfo(in));
        }
        long alignment = metadata.get(ALIGNMENT_KEY) instanceof Long value && value > 0 ? value : DEFAULT_ALIGNMENT;
        long dataOffset = Math.ceilDiv(in.position(), alignment) * alignment;
        GgufFile file = new GgufFile(path, version, fileSize, metadata, tensors, dataOffset);
        requireWholeTensorData(file);
        return file;
    }

    private static GgufTensorInfo tensorInfo(Input in) throws IOException {
        String name = in.string();
        int dimensionCount = in.int32();
        if (dimensionCount < 0 || dimensionCount > 8) {
            throw new GgufException("tensor " + name + " has " + dimensionCount
                    + " dimensions — the model file is damaged; download it again");
        }
        List<Long> dimensions = new ArrayList<>(dimensionCount);
        for (int d = 0; d < dimensionCount; d++) {
            dimensions.add(in.int64());
        }
        return new GgufTensorInfo(name, dimensions, in.int32(), in.int64());
    }

    /** A cut-off download still has a whole header; its tensors then reach past the end of the file. */
    private static void requireWholeTensorData(GgufFile file) {
        long needed = file.dataOffset();
        for (GgufTensorInfo tensor : file.tensors()) {
            long size = tensor.sizeInBytes();
            if (size >= 0) {
                needed = Math.max(needed, file.dataOffset() + tensor.offset() + size);
            }
        }
        if (needed > file.fileSize()) {
            throw truncated(file.path(), "its tensors need " + needed + " bytes but it has " + file.fileSize());
        }
    }

    private static GgufException truncated(Path path, String why) {
        return new GgufException("model file is truncated: " + path + " (" + why
                + ") — the download or copy is incomplete; fetch the model again");
    }

    /** Little-endian reads over a file channel through a small refilled buffer. */
    private static final class Input {

        private static final int MAX_STRING_BYTES = 64 * 1024 * 1024;

        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN).flip();
        private long consumed;

        Input(FileChannel channel) {
            this.channel = channel;
        }

        long size() throws IOException {
            return channel.size();
        }

        long position() {
            return consumed;
        }

        private void need(int bytes) throws IOException {
            if (buffer.remaining() >= bytes) {
                return;
            }
            buffer.compact();
            while (buffer.position() < bytes) {
                if (channel.read(buffer) < 0) {
                    throw new EOFException();
                }
            }
            buffer.flip();
        }

        byte int8() throws IOException {
            return take(1).get();
        }

        short int16() throws IOException {
            return take(2).getShort();
        }

        int int32() throws IOException {
            return take(4).getInt();
        }

        long int64() throws IOException {
            return take(8).getLong();
        }

        /** The buffer with at least {@code bytes} to read, counted as read. */
        private ByteBuffer take(int bytes) throws IOException {
            need(bytes);
            consumed += bytes;
            return buffer;
        }

        /** A length or count: must fit in what is left of the file, else the file is damaged or cut off. */
        long count(String what, Path path) throws IOException {
            long count = int64();
            if (count < 0 || count > size()) {
                throw new GgufException("GGUF " + what + " " + Long.toUnsignedString(count) + " is impossible for "
                        + path + " — the model file is damaged; download it again");
            }
            return count;
        }

        String string() throws IOException {
            long length = int64();
            if (length < 0 || length > MAX_STRING_BYTES || consumed + length > size()) {
                throw new EOFException();
            }
            byte[] bytes = new byte[(int) length];
            int filled = 0;
            while (filled < bytes.length) {
                need(1);
                int chunk = Math.min(buffer.remaining(), bytes.length - filled);
                buffer.get(bytes, filled, chunk);
                filled += chunk;
            }
            consumed += length;
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** One metadata value of the given GGUF value type; unsigned integers widen so they stay non-negative. */
        Object value(int type) throws IOException {
            return switch (type) {
                case 0 -> (long) Byte.toUnsignedInt(int8());
                case 1 -> (long) int8();
                case 2 -> (long) Short.toUnsignedInt(int16());
                case 3 -> (long) int16();
                case 4 -> Integer.toUnsignedLong(int32());
                case 5 -> (long) int32();
                case 6 -> Float.intBitsToFloat(int32());
                case 7 -> int8() != 0;
                case 8 -> string();
                case 9 -> array();
                case 10, 11 -> int64();
                case 12 -> Double.longBitsToDouble(int64());
                default -> throw new GgufException("unknown GGUF metadata value type " + type
                        + " — the model file is damaged or newer than this reader; download it again");
            };
        }

        private List<Object> array() throws IOException {
            int elementType = int32();
            long count = int64();
            if (count < 0 || count > size() - consumed) {
                throw new EOFException();
            }
            List<Object> values = new ArrayList<>((int) Math.min(count, 1 << 20));
            for (long i = 0; i < count; i++) {
                values.add(value(elementType));
            }
            return values;
        }
    }
}
