package org.dossier.indexer.internal.isolate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.dossier.indexer.Location;
import org.dossier.indexer.MailHeaders;
import org.dossier.indexer.internal.extract.ExtractedPart;
import org.dossier.indexer.internal.extract.Extraction;
import org.dossier.indexer.internal.extract.Section;
import org.jspecify.annotations.Nullable;

/**
 * The bytes between Dossier and a worker, over the worker's stdin and stdout. A request is a file; a reply is
 * "ready" (once, at start) or an {@link Extraction}. Every frame opens with {@link #MAGIC}, so that stray output on
 * the worker's stdout is detected as a broken worker instead of being misread. Strings are UTF-8 with an int length
 * (-1 for null): Java's {@code writeUTF} stops at 64 KB and a file's text is far longer.
 */
final class WorkerProtocol {

    static final int MAGIC = 0xD055_1E12;

    private static final byte READY = 'R';
    private static final byte EXTRACTED = 'E';
    private static final byte SKIPPED = 'S';
    private static final byte FAILED = 'F';

    /** What a worker said. */
    sealed interface Reply {
        record Ready() implements Reply {
        }

        record Answer(Extraction extraction) implements Reply {
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
            case Extraction.Extracted extracted -> {
                out.writeByte(EXTRACTED);
                out.writeInt(extracted.parts().size());
                for (ExtractedPart part : extracted.parts()) {
                    writePart(out, part);
                }
            }
        }
        out.flush();
    }

    static Reply readReply(DataInputStream in) throws IOException {
        expectMagic(in.readInt());
        byte tag = in.readByte();
        return switch (tag) {
            case READY -> new Reply.Ready();
            case SKIPPED -> new Reply.Answer(new Extraction.Skipped(readString(in)));
            case FAILED -> new Reply.Answer(new Extraction.Failed(readString(in)));
            case EXTRACTED -> {
                int count = in.readInt();
                List<ExtractedPart> parts = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    parts.add(readPart(in));
                }
                yield new Reply.Answer(new Extraction.Extracted(parts));
            }
            default -> throw new IOException("unknown reply from a parser process: " + tag);
        };
    }

    private static void writePart(DataOutputStream out, ExtractedPart part) throws IOException {
        writeString(out, part.entry());
        writeString(out, part.mediaType());
        writeString(out, part.title());
        writeString(out, part.author());
        writeInstant(out, part.sentAt());
        writeMail(out, part.mail());
        writeString(out, part.text());
        writeInts(out, part.pageStarts());
        writeInts(out, part.headingStarts());
        out.writeBoolean(part.truncated());
        writeString(out, part.error());
        writeSections(out, part.sections());
    }

    private static ExtractedPart readPart(DataInputStream in) throws IOException {
        return new ExtractedPart(required(readString(in)), readString(in), readString(in), readString(in),
                readInstant(in), readMail(in), required(readString(in)), readInts(in), readInts(in), in.readBoolean(),
                readString(in), readSections(in));
    }

    private static void writeMail(DataOutputStream out, @Nullable MailHeaders mail) throws IOException {
        out.writeBoolean(mail != null);
        if (mail != null) {
            writeString(out, mail.from());
            writeStrings(out, mail.to());
            writeStrings(out, mail.cc());
            writeString(out, mail.messageId());
            writeString(out, mail.inReplyTo());
            writeStrings(out, mail.references());
            writeString(out, mail.folder());
        }
    }

    private static @Nullable MailHeaders readMail(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return new MailHeaders(readString(in), readStrings(in), readStrings(in), readString(in), readString(in),
                readStrings(in), readString(in));
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            throw new IOException("a reply from a parser process is garbled (list size " + size + ")");
        }
        List<String> values = new ArrayList<>(Math.min(size, 1 << 16));
        for (int i = 0; i < size; i++) {
            values.add(required(readString(in)));
        }
        return values;
    }

    private static void writeSections(DataOutputStream out, List<Section> sections) throws IOException {
        out.writeInt(sections.size());
        for (Section section : sections) {
            out.writeInt(section.start());
            out.writeByte(section.location().kind().ordinal());
            out.writeInt(section.location().number());
            writeString(out, section.location().name());
        }
    }

    private static List<Section> readSections(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            throw new IOException("a reply from a parser process is garbled (section count " + size + ")");
        }
        Location.Kind[] kinds = Location.Kind.values();
        List<Section> sections = new ArrayList<>(Math.min(size, 1 << 16));
        for (int i = 0; i < size; i++) {
            int start = in.readInt();
            int kind = in.readByte();
            if (kind < 0 || kind >= kinds.length) {
                throw new IOException("a reply from a parser process is garbled (location kind " + kind + ")");
            }
            int number = in.readInt();
            sections.add(new Section(start, new Location(kinds[kind], number, readString(in))));
        }
        return sections;
    }

    private static void writeString(DataOutputStream out, @Nullable String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static @Nullable String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static String required(@Nullable String value) throws IOException {
        if (value == null) {
            throw new IOException("a reply from a parser process is garbled (missing text)");
        }
        return value;
    }

    private static void writeInstant(DataOutputStream out, @Nullable Instant instant) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        }
    }

    private static @Nullable Instant readInstant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    private static void writeInts(DataOutputStream out, List<Integer> values) throws IOException {
        out.writeInt(values.size());
        for (int value : values) {
            out.writeInt(value);
        }
    }

    private static List<Integer> readInts(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            throw new IOException("a reply from a parser process is garbled (list size " + size + ")");
        }
        List<Integer> values = new ArrayList<>(Math.min(size, 1 << 16));
        for (int i = 0; i < size; i++) {
            values.add(in.readInt());
        }
        return values;
    }

    private static void expectMagic(int magic) throws IOException {
        if (magic != MAGIC) {
            throw new IOException("a parser process wrote something that is not a reply (stray output on stdout?)");
        }
    }
}
