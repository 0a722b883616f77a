package org.dossier.engine.llamacpp;

import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;

/** The one call into native code that loads a model; a seam so tests can prove refused models never reach it. */
@FunctionalInterface
interface NativeLoader {

    NativeLoader LLAMA_CPP = LlamaModel::new;

    LlamaModel load(ModelParameters parameters);
}
