package org.dossier.engine;

import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.dossier.engine.gguf.GgufException;
import org.dossier.engine.gguf.GgufReader;
import org.dossier.engine.models.FoundModel;
import org.dossier.engine.models.ModelDigests;
import org.dossier.engine.models.ModelFinder;
import org.jspecify.annotations.Nullable;

/**
 * The GGUF models on this machine and what each would take to run here: found in the usual places
 * ({@link ModelFinder}), described from their headers without loading weights, measured against this machine's
 * memory at the configured context ({@link MemoryFit}), identified by SHA-256 ({@link ModelDigests}) and held to
 * the chat model's pin.
 */
public final class LocalModels {

    private final ModelFinder finder;
    private final ModelDigests digests;
    private final GgufReader reader = new GgufReader();
    private final int contextSize;
    private final long physicalBytes;
    private final @Nullable Path chatModel;
    private final @Nullable String pin;

    /**
     * @param contextSize   the context each model is sized for (dossier.engine.context-size)
     * @param physicalBytes this machine's physical memory
     * @param chatModel     the configured chat model, which the pin applies to
     * @param pin           its pinned SHA-256, if any
     */
    public LocalModels(ModelFinder finder, ModelDigests digests, int contextSize, long physicalBytes,
                       @Nullable Path chatModel, @Nullable String pin) {
        this.finder = finder;
        this.digests = digests;
        this.contextSize = contextSize;
        this.physicalBytes = physicalBytes;
        this.chatModel = chatModel;
        this.pin = pin == null ? null : pin.toLowerCase(Locale.ROOT);
    }

    /** As configured, on this machine: its home's usual places, its physical memory, the data directory's cache. */
    static LocalModels forThisMachine(EngineProperties engine, DossierProperties dossier) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new LocalModels(engine.scanUsualPlaces()
                ? ModelFinder.forThisUser(engine.modelFolders()) : ModelFinder.onlyConfigured(engine.modelFolders()),
                ModelDigests.inDataDirectory(dossier.dataDir()), engine.contextSize(),
                os.getTotalMemorySize(), engine.chatModel(), engine.chatModelSha256());
    }

    /** Every model found, with every SHA-256 (computed for files not hashed before: a minute for a large model). */
    public List<LocalModel> list() {
        return list(true);
    }

    /**
     * Every model found, the configured chat model first when it is not in one of the places searched.
     *
     * @param computeDigests false to show only SHA-256s already computed (pages that must answer at once)
     */
    public List<LocalModel> list(boolean computeDigests) {
        List<FoundModel> found = finder.find();
        boolean chatModelFound = chatModel == null || found.stream().anyMatch(model -> sameFile(model.path()));
        var all = new java.util.ArrayList<LocalModel>();
        if (!chatModelFound) {
            all.add(describe(new FoundModel(chatModel, "dossier.engine.chat-model"), computeDigests));
        }
        found.forEach(model -> all.add(describe(model, computeDigests)));
        return List.copyOf(all);
    }

    /** The configured chat model's file, or {@code null} when none is set (a server's model, say). */
    public @Nullable Path chatModel() {
        return chatModel;
    }

    /**
     * The chat model's SHA-256: the cached one when the file is unchanged since it was hashed, else computed now
     * when {@code compute} (a minute for a large model: call it off any request thread), else {@code null}.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public @Nullable String chatModelSha256(boolean compute) {
        if (chatModel == null) {
            return null;
        }
        return compute ? digests.sha256(chatModel) : digests.cached(chatModel);
    }

    public int contextSize() {
        return contextSize;
    }

    /** One file, from its header (never its weights), with its SHA-256 if computed or {@code computeDigest}. */
    public LocalModel describe(FoundModel model, boolean computeDigest) {
        GgufModelFacts facts;
        try {
            facts = reader.facts(model.path());
        } catch (GgufException e) {
            return new LocalModel(model.path(), model.where(), null, null, null, null, e.getMessage());
        }
        String sha256;
        try {
            sha256 = computeDigest ? digests.sha256(model.path()) : digests.cached(model.path());
        } catch (UncheckedIOException e) {
            return new LocalModel(model.path(), model.where(), facts, null, null, null, e.getMessage());
        }
        LocalModel.Pin matches = pin == null || sha256 == null || !sameFile(model.path()) ? null
                : pin.equals(sha256) ? LocalModel.Pin.MATCHES : LocalModel.Pin.DIFFERS;
        return new LocalModel(model.path(), model.where(), facts, MemoryFit.of(facts, contextSize, physicalBytes),
                sha256, matches, null);
    }

    private boolean sameFile(Path path) {
        if (chatModel == null) {
            return false;
        }
        try {
            return java.nio.file.Files.isSameFile(chatModel, path);
        } catch (java.io.IOException e) {
            return chatModel.toAbsolutePath().normalize().equals(path.toAbsolutePath().normalize());
        }
    }
}
