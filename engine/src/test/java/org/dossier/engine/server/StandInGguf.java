package org.dossier.engine.server;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the stand-in server reads from a model file's header, as llama.cpp does when it loads one: the training
 * context ({@code <arch>.context_length}, which caps every slot) and the pooling type of an embedding model. JDK
 * only, like the stand-in, which runs from source without the engine's classes. A file that is not a GGUF (the
 * text files most stand-in tests use as a "model") declares neither.
 *
 * @param trainedContext {@code <arch>.context_length}, or {@link Integer#MAX_VALUE} when not declared
 * @param poolingType    {@code <arch>.pooling_type} (0 none, 1 mean, 2 cls, 3 last, 4 rank), or -1 when not declared
 */
record StandInGguf(int trainedContext, int poolingType) {

    private static final int MAGIC = 0x46554747;

    static StandInGguf read(Path model) throws IOException {
        try (InputStream in = Files.newInputStream(model)) {
            Little data = new Little(new DataInputStream(in));
            if (data.int32() != MAGIC) {
                return new StandInGguf(Integer.MAX_VALUE, -1);
            }
            data.int32(); // version
            data.int64(); // tensors
            long count = data.int64();
            Map<String, Object> metadata = new HashMap<>();
            for (long i = 0; i < count; i++) {
                String key = data.string();
                metadata.put(key, data.value(data.int32()));
            }
            String architecture = String.valueOf(metadata.get("general.architecture"));
            return new StandInGguf(
                    metadata.get(architecture + ".context_length") instanceof Long length ? length.intValue()
                            : Integer.MAX_VALUE,
                    metadata.get(architecture + ".pooling_type") instanceof Long pooling ? pooling.intValue() : -1);
        } catch (EOFException e) {
            return new StandInGguf(Integer.MAX_VALUE, -1);
        }
    }

    /** GGUF's little-endian values; arrays are read and dropped. */
    private record Little(DataInputStream in) {

        int int32() throws IOException {
            return Integer.reverseBytes(in.readInt());
        }

        long int64() throws IOException {
            return Long.reverseBytes(in.readLong());
        }

        String string() throws IOException {
            return new String(in.readNBytes((int) int64()), StandardCharsets.UTF_8);
        }

        Object value(int type) throws IOException {
            return switch (type) {
                case 0, 1, 7 -> (long) in.readUnsignedByte();
                case 2, 3 -> (long) Short.reverseBytes(in.readShort());
                case 4, 5, 6 -> (long) int32();
                case 8 -> string();
                case 9 -> {
                    int elementType = int32();
                    long elements = int64();
                    for (long i = 0; i < elements; i++) {
                        value(elementType);
                    }
                    yield "array";
                }
                default -> int64();
            };
        }
    }
}
