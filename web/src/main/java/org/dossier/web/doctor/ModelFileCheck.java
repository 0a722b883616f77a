package org.dossier.web.doctor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.engine.ModelFile;
import org.jspecify.annotations.Nullable;

/**
 * A model file named in the configuration: present, a readable GGUF, an architecture the runtime that will load it
 * knows (the in-process llama.cpp is an early-2025 build; a managed llama-server is the user's own), and small enough
 * for the memory free now.
 *
 * @param what            "chat model", "embedding model", "reranker"
 * @param setting         where the file is named ({@code dossier.engine.chat-model})
 * @param model           the file; {@code null} when the configuration needs one but names none
 * @param inProcess       loaded by the in-process llama.cpp rather than a llama-server
 * @param availableMemory bytes of memory free now
 */
record ModelFileCheck(String what, String setting, @Nullable Path model, boolean inProcess, long availableMemory) {

    /** KV cache, compute buffers and the runtime beside the weights, as the in-process engine counts them. */
    static final long OVERHEAD_BYTES = 512L * 1024 * 1024;

    Check run() {
        if (model == null) {
            return Check.failed(what, "no model file set", "set " + setting + " to a GGUF file");
        }
        if (!Files.isRegularFile(model)) {
            return Check.failed(what, model + " not found", "check " + setting + " in config/application.yml");
        }
        ModelFile file;
        try {
            file = ModelFile.read(model);
        } catch (RuntimeException e) {
            return Check.failed(what, model.getFileName() + ": " + e.getMessage(),
                    "the file is not a whole GGUF model: download it again");
        }
        String found = "%s (%s, %s)".formatted(model.getFileName(), file.architecture(),
                DataDirectoryCheck.gigabytes(file.weightBytes()));
        if (inProcess && !file.inProcessSupported()) {
            return Check.failed(what, found, "architecture '" + file.architecture() + "' is too new for the "
                    + "in-process llama.cpp (build " + ModelFile.IN_PROCESS_BUILD + "): set runtime: llama-server");
        }
        long needed = file.weightBytes() + OVERHEAD_BYTES;
        if (needed > availableMemory) {
            return Check.failed(what, found, "needs about " + DataDirectoryCheck.gigabytes(needed) + " of memory, "
                    + DataDirectoryCheck.gigabytes(availableMemory) + " is free: close programs or use a smaller "
                    + "quantisation (Q4_K_M)");
        }
        return Check.passed(what, found);
    }
}
