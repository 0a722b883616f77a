package org.dossier.engine.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.dossier.engine.FileSha256;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SHA-256 of model files, computed once and kept in the data directory beside the size and modification time
 * it was computed for: hashing 17 GB takes a minute, and a model file does not change unless replaced — when it
 * is, its size or time changes and it is hashed again.
 */
public final class ModelDigests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path cacheFile;
    private final Map<String, Entry> entries;

    /** @param cacheFile where the digests are kept, e.g. {@code <data-dir>/cache/model-sha256.json} */
    public ModelDigests(Path cacheFile) {
        this.cacheFile = cacheFile;
        this.entries = load(cacheFile);
    }

    /** The digests of Dossier's data directory ({@code cache/model-sha256.json} in it). */
    public static ModelDigests inDataDirectory(Path dataDir) {
        return new ModelDigests(dataDir.resolve("cache/model-sha256.json"));
    }

    /**
     * The file's SHA-256 in hex: from the cache when its size and time are unchanged, else computed and cached. The
     * cache is not locked while a file is read (a minute for a large model), so that {@link #cached} answers at once
     * meanwhile.
     */
    public String sha256(Path file) {
        try {
            String key = file.toRealPath().toString();
            long size = Files.size(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
            synchronized (this) {
                Entry known = entries.get(key);
                if (known != null && known.size() == size && known.modifiedMillis() == modified) {
                    return known.sha256();
                }
            }
            String digest = FileSha256.of(file);
            synchronized (this) {
                entries.put(key, new Entry(size, modified, digest));
                save();
            }
            return digest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to compute its SHA-256: " + e.getMessage(), e);
        }
    }

    /** The digest cached for the file as it is now, or {@code null} when it has not been hashed in this state. */
    public synchronized @org.jspecify.annotations.Nullable String cached(Path file) {
        try {
            Entry known = entries.get(file.toRealPath().toString());
            return known != null && known.size() == Files.size(file)
                    && known.modifiedMillis() == Files.getLastModifiedTime(file).toMillis() ? known.sha256() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Written aside and moved into place, so that a crash mid-write leaves the old cache, not half a file. */
    private void save() throws IOException {
        Files.createDirectories(cacheFile.toAbsolutePath().getParent());
        Path temporary = cacheFile.resolveSibling(cacheFile.getFileName() + ".tmp");
        Files.writeString(temporary, JSON.writeValueAsString(entries));
        Files.move(temporary, cacheFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Map<String, Entry> load(Path cacheFile) {
        if (!Files.isRegularFile(cacheFile)) {
            return new HashMap<>();
        }
        try {
            return new HashMap<>(JSON.readValue(Files.readString(cacheFile),
                    JSON.getTypeFactory().constructMapType(Map.class, String.class, Entry.class)));
        } catch (IOException | JacksonException e) {
            return new HashMap<>(); // unreadable: every digest is computed again, and the file rewritten
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(long size, long modifiedMillis, String sha256) {
    }
}
