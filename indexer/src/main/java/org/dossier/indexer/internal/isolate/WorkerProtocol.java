package org.dossier.indexer.internal.isolate;

import static org.dossier.indexer.internal.isolate.Wire.readString;
import static org.dossier.indexer.internal.isolate.Wire.writeString;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.dossier.indexer.internal.extract.ExtractedPart;
import org.dossier.indexer.internal.extract.Extraction;
import org.jspecify.annotations.Nullable;

/**
 * The bytes between Dossier and a worker, over the worker's stdin and stdout. A request is a file; a reply is
 * "ready" (once, at start) or an {@link Extraction}, which an mbox precedes with its parts as they are read. Every frame opens with {@link #MAGIC}, so that stray output on
 * the worker's stdout is detected as a broken worker instead of being misread. Values are written as {@link Wire}
 * says, a part as {@link PartCodec} does.
 */
final class WorkerProtocol {

    static final int MAGIC = 0xD055_1E12;

    private static final byte READY = 'R';
    private static final byte EXTRACTED = 'E';
    private static final byte SKIPPED = 'S';
    private static final byte FAILED = 'F';
    private static final byte PARTS = 'P';
    private static final byte STREAMED = 'T';

    /** What a worker said. */
    sealed interface Reply {
        record Ready() implements Reply {
        }

        record Answer(Extraction extraction) implements Reply {
        }

        /** Parts of a container read as a stream, sent before the answer that ends the file. */
        record Parts(List<ExtractedPart> parts) implements Reply {
        }
    }

    private WorkerProtocol() {
    }

    /** The file as a URI: it keeps the exact bytes of a name that is not valid in the platform's encoding. */
    static void writeRequest(DataOutputStream out, Path file) throws IOException {
        out.writeInt(MAGIC);
        writeString(out, file.toAbsolutePath().toUri().toString());
        out.flush();
    }

    /** The next file asked for, or {@code null} once Dossier has closed the stream. */
    static @Nullable Path readRequest(DataInputStream in) throws IOException {
        try {
            expectMagic(in.readInt());
        } catch (EOFException e) {
            return null;
        }
        return Path.of(URI.create(readString(in)));
    }

    static void writeReady(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeByte(READY);
        out.flush();
    }

    static void writeExtraction(DataOutputStream out, Extraction extraction) throws IOException {
        out.writeInt(MAGIC);
        switch (extraction) {
            case Extraction.Skipped skipped -> {
                out.writeByte(SKIPPED);
                writeString(out, skipped.reason());
            }
            case Extraction.Failed failed -> {
                out.writeByte(FAILED);
                writeString(out, failed.reason());
            }
            case Extraction.Streamed streamed -> {
                out.writeByte(STREAMED);
                out.writeInt(streamed.messages());
            }
            case Extraction.Extracted extracted -> {
                out.writeByte(EXTRACTED);
                Wire.writeList(out, extracted.parts(), PartCodec::write);
            }
        }
        out.flush();
    }

    /** Parts read so far of a container read as a stream: sent at once, before the file's answer. */
    static void writeParts(DataOutputStream out, List<ExtractedPart> parts) throws IOException {
        out.writeInt(MAGIC);
        out.writeByte(PARTS);
        Wire.writeList(out, parts, PartCodec::write);
        out.flush();
    }

    static Reply readReply(DataInputStream in) throws IOException {
        expectMagic(in.readInt());
        byte tag = in.readByte();
        return switch (tag) {
            case READY -> new Reply.Ready();
            case SKIPPED -> new Reply.Answer(new Extraction.Skipped(readString(in)));
            case FAILED -> new Reply.Answer(new Extraction.Failed(readString(in)));
            case EXTRACTED -> new Reply.Answer(new Extraction.Extracted(
                    Wire.readList(in, "part count", PartCodec::read)));
            case STREAMED -> new Reply.Answer(new Extraction.Streamed(in.readInt()));
            case PARTS -> new Reply.Parts(Wire.readList(in, "part count", PartCodec::read));
            default -> throw new IOException("unknown reply from a parser process: " + tag);
        };
    }

    private static void expectMagic(int magic) throws IOException {
        if (magic != MAGIC) {
            throw new IOException("a parser process wrote something that is not a reply (stray output on stdout?)");
        }
    }
}
