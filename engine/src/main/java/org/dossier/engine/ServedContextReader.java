package org.dossier.engine;

import java.io.IOException;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The context a server serves, asked once it is ready ({@link ContextProbe}) and remembered: a restarted server
 * serves the same model with the same flags. Until the server has said, and for a server that cannot say, the
 * setting stands.
 */
final class ServedContextReader {

    private static final Logger LOG = LoggerFactory.getLogger(ServedContextReader.class);

    private final int configured;
    private final ContextProbe probe;
    /** {@code null} until the ready server has said. */
    private volatile @Nullable ServedContext read;

    /** @param configured {@code dossier.engine.context-size} */
    ServedContextReader(int configured, ContextProbe probe) {
        this.configured = configured;
        this.probe = probe;
    }

    /**
     * @param ready whether the server is ready to say, asked only until it has said: before, the setting is returned
     *              and nothing remembered
     */
    ServedContext servedContext(BooleanSupplier ready) {
        ServedContext known = read;
        if (known != null) {
            return known;
        }
        if (!ready.getAsBoolean()) {
            return ServedContext.asConfigured(configured);
        }
        known = ask().orElseGet(() -> ServedContext.asConfigured(configured));
        if (known.differs()) {
            LOG.warn("the chat model serves {} tokens of context, not the {} set: {}", known.served(), configured,
                    known.why());
        }
        read = known;
        return known;
    }

    private Optional<ServedContext> ask() {
        try {
            return probe.read(configured);
        } catch (IOException | RuntimeException e) {
            // A server that will not say is sized by the setting, as before; the log says why once.
            LOG.info("could not read the context the chat server serves ({}); prompts are sized to "
                    + "dossier.engine.context-size = {}", e.toString(), configured);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
