/** Runs GGUF models inside the JVM through llama.cpp's JNI binding, after checking that the model can run here. */
package org.dossier.engine.llamacpp;
