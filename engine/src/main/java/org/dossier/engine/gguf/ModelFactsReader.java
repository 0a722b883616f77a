package org.dossier.engine.gguf;

import org.dossier.engine.GgufModelFacts;

/** Reads a model's {@link GgufModelFacts} from its GGUF header and tensor table, never from the weights. */
final class ModelFactsReader {

    private ModelFactsReader() {
    }

    static GgufModelFacts read(GgufFile file) {
        GgufModelInfo info = GgufModelInfo.of(file);
        String a = info.architecture();
        long experts = file.integer(a + ".expert_count").orElse(0L);
        long used = file.integer(a + ".expert_used_count").orElse(0L);
        long total = 0;
        long expertParameters = 0;
        for (GgufTensorInfo tensor : file.tensors()) {
            long elements = tensor.elementCount();
            total += elements;
            if (tensor.name().contains("_exps.")) { // ffn_{gate,up,down}_exps: all experts in one tensor
                expertParameters += elements;
            }
        }
        long active = experts > 1 && used > 0 ? total - expertParameters + expertParameters * used / experts : total;
        KvCache kv = KvCache.of(file, a, info.blockCount(), info.embeddingLength());
        return new GgufModelFacts(file.path(), a, info.name(), file.fileSize(), FileType.of(file), total, active,
                info.contextLength(), info.hasChatTemplate(), info.blockCount(), info.tensorDataBytes(),
                kv.perToken(), kv.perWindowToken(), kv.window(), experts, used);
    }
}
