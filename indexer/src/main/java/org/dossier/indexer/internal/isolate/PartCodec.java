package org.dossier.indexer.internal.isolate;

import static org.dossier.indexer.internal.isolate.Wire.readInstant;
import static org.dossier.indexer.internal.isolate.Wire.readList;
import static org.dossier.indexer.internal.isolate.Wire.readRequired;
import static org.dossier.indexer.internal.isolate.Wire.readString;
import static org.dossier.indexer.internal.isolate.Wire.writeInstant;
import static org.dossier.indexer.internal.isolate.Wire.writeList;
import static org.dossier.indexer.internal.isolate.Wire.writeString;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

import org.dossier.indexer.Location;
import org.dossier.indexer.MailHeaders;
import org.dossier.indexer.internal.extract.ExtractedPart;
import org.dossier.indexer.internal.extract.Section;
import org.jspecify.annotations.Nullable;

/** One extracted part (its text, metadata, mail headers, pages and sections) as the worker protocol carries it. */
final class PartCodec {

    private PartCodec() {
    }

    static void write(DataOutputStream out, ExtractedPart part) throws IOException {
        writeString(out, part.entry());
        writeString(out, part.mediaType());
        writeString(out, part.title());
        writeString(out, part.author());
        writeInstant(out, part.sentAt());
        writeMail(out, part.mail());
        writeString(out, part.text());
        writeList(out, part.pageStarts(), DataOutputStream::writeInt);
        writeList(out, part.headingStarts(), DataOutputStream::writeInt);
        out.writeBoolean(part.truncated());
        writeString(out, part.error());
        writeList(out, part.sections(), PartCodec::writeSection);
        writeString(out, part.sha256());
    }

    static ExtractedPart read(DataInputStream in) throws IOException {
        return new ExtractedPart(readRequired(in), readString(in), readString(in), readString(in), readInstant(in),
                readMail(in), readRequired(in), readList(in, "list size", DataInputStream::readInt),
                readList(in, "list size", DataInputStream::readInt), in.readBoolean(), readString(in),
                readList(in, "section count", PartCodec::readSection), readString(in));
    }

    private static void writeMail(DataOutputStream out, @Nullable MailHeaders mail) throws IOException {
        out.writeBoolean(mail != null);
        if (mail != null) {
            writeString(out, mail.from());
            writeList(out, mail.to(), Wire::writeString);
            writeList(out, mail.cc(), Wire::writeString);
            writeString(out, mail.messageId());
            writeString(out, mail.inReplyTo());
            writeList(out, mail.references(), Wire::writeString);
            writeString(out, mail.folder());
        }
    }

    private static @Nullable MailHeaders readMail(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return new MailHeaders(readString(in), strings(in), strings(in), readString(in), readString(in), strings(in),
                readString(in));
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        return readList(in, "list size", Wire::readRequired);
    }

    private static void writeSection(DataOutputStream out, Section section) throws IOException {
        out.writeInt(section.start());
        out.writeByte(section.location().kind().ordinal());
        out.writeInt(section.location().number());
        writeString(out, section.location().name());
    }

    private static Section readSection(DataInputStream in) throws IOException {
        Location.Kind[] kinds = Location.Kind.values();
        int start = in.readInt();
        int kind = in.readByte();
        if (kind < 0 || kind >= kinds.length) {
            throw new IOException("a reply from a parser process is garbled (location kind " + kind + ")");
        }
        int number = in.readInt();
        return new Section(start, new Location(kinds[kind], number, readString(in)));
    }
}
