package org.dossier.engine.llamacpp;

import de.kherud.llama.LlamaModel;
import de.kherud.llama.LogLevel;
import de.kherud.llama.args.LogFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends llama.cpp's own log lines to SLF4J (logger {@code llama.cpp}) instead of the console. The JNI library holds
 * a single process-wide callback, and loading a model resets it, so it is set again after every load.
 * The server part's log (slots, timings) is switched off with {@code --log-disable} when loading instead: this
 * binding cannot redirect it.
 */
final class LlamaCppLog {

    private static final Logger log = LoggerFactory.getLogger("llama.cpp");

    private LlamaCppLog() {
    }

    static void routeToSlf4j() {
        LlamaModel.setLogger(LogFormat.TEXT, LlamaCppLog::write);
    }

    private static void write(LogLevel level, String message) {
        String line = message.strip();
        if (line.isEmpty()) {
            return;
        }
        switch (level) {
            case ERROR -> log.error(line);
            case WARN -> log.warn(line);
            case INFO -> log.info(line);
            default -> log.debug(line);
        }
    }
}
