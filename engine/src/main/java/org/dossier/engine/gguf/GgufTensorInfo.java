package org.dossier.engine.gguf;

import java.util.List;

/**
 * One entry of the tensor table.
 *
 * @param dimensions  element counts, fastest-varying first (GGUF's order: {@code [columns, rows]} for a matrix)
 * @param ggmlType    the raw type id; {@link #type()} names it when known
 * @param offset      bytes from the start of the tensor data section
 */
record GgufTensorInfo(String name, List<Long> dimensions, int ggmlType, long offset) {

    public GgufTensorInfo {
        dimensions = List.copyOf(dimensions);
    }

    public long elementCount() {
        long count = 1;
        for (long dimension : dimensions) {
            count = Math.multiplyExact(count, dimension);
        }
        return count;
    }

    /** The ggml type, or {@code null} when this reader does not know it (a newer quantisation). */
    public GgmlType type() {
        return GgmlType.byId(ggmlType);
    }

    /** Bytes the tensor takes in the file, or -1 when its type is unknown. */
    public long sizeInBytes() {
        GgmlType type = type();
        return type == null ? -1 : type.bytesFor(elementCount());
    }
}
