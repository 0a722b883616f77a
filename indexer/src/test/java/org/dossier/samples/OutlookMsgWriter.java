package org.dossier.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.hpsf.ClassID;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes an Outlook .msg file ([MS-OXMSG]) with Apache POI's OLE2 writer, since no Java library writes .msg: an
 * OLE2 compound file whose root holds one stream per MAPI property ({@code __substg1.0_TTTTPPPP}, UTF-16LE strings),
 * a {@code __properties_version1.0} stream for the fixed-size properties (dates, flags), one storage per recipient
 * and per attachment (each with its own properties stream) and the named-property storage. Only what Outlook
 * itself writes for a plain SMTP message is here, enough for POI's HSMF reader and Tika's OutlookExtractor.
 */
public final class OutlookMsgWriter {

    public record Recipient(String name, String email) {

        String display() {
            return name + " <" + email + ">";
        }
    }

    public record Message(String subject, Recipient from, List<Recipient> to, List<Recipient> cc, Instant sent,
                          String messageId, String inReplyTo, List<String> references, String body,
                          String attachmentName, byte[] attachment) {
    }

    /** The class id Outlook gives a message's root storage. */
    private static final ClassID MESSAGE_CLASS_ID = new ClassID("{00020D0B-0000-0000-C000-000000000046}");

    private static final int PT_LONG = 0x0003;
    private static final int PT_BOOLEAN = 0x000B;
    private static final int PT_SYSTIME = 0x0040;
    private static final int PT_UNICODE = 0x001F;
    private static final int PT_BINARY = 0x0102;
    private static final int READABLE_WRITABLE = 0x6;
    private static final int MAPI_TO = 1;
    private static final int MAPI_CC = 2;
    private static final int ATTACH_BY_VALUE = 1;
    private static final int UTF8_CODEPAGE = 65001;

    private OutlookMsgWriter() {
    }

    public static void write(Path file, Message message) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            DirectoryEntry root = fs.getRoot();
            root.setStorageClsid(MESSAGE_CLASS_ID);
            Properties properties = new Properties();
            strings(root, properties, message);
            properties.time(0x0039, message.sent());     // PR_CLIENT_SUBMIT_TIME
            properties.time(0x0E06, message.sent());     // PR_MESSAGE_DELIVERY_TIME
            properties.time(0x3007, message.sent());     // PR_CREATION_TIME
            properties.time(0x3008, message.sent());     // PR_LAST_MODIFICATION_TIME
            properties.fixed(0x0E07, PT_LONG, 0x1 | 0x10); // PR_MESSAGE_FLAGS: read, has attachment
            properties.fixed(0x0E1B, PT_BOOLEAN, 1);     // PR_HASATTACH
            properties.fixed(0x3FDE, PT_LONG, UTF8_CODEPAGE); // PR_INTERNET_CPID

            List<Recipient> recipients = new ArrayList<>(message.to());
            recipients.addAll(message.cc());
            for (int i = 0; i < recipients.size(); i++) {
                recipient(root, i, recipients.get(i), i < message.to().size() ? MAPI_TO : MAPI_CC);
            }
            attachment(root, message.attachmentName(), message.attachment());
            namedProperties(root);
            document(root, "__properties_version1.0",
                    properties.stream(topLevelHeader(recipients.size(), 1)));
            fs.writeFilesystem(out);
        }
    }

    private static void strings(DirectoryEntry root, Properties properties, Message message) throws IOException {
        string(root, properties, 0x001A, "IPM.Note");                 // PR_MESSAGE_CLASS
        string(root, properties, 0x0037, message.subject());          // PR_SUBJECT
        string(root, properties, 0x0070, message.subject());          // PR_CONVERSATION_TOPIC
        string(root, properties, 0x0C1A, message.from().name());      // PR_SENDER_NAME
        string(root, properties, 0x0C1F, message.from().email());     // PR_SENDER_EMAIL_ADDRESS
        string(root, properties, 0x0C1E, "SMTP");                     // PR_SENDER_ADDRTYPE
        string(root, properties, 0x0042, message.from().name());      // PR_SENT_REPRESENTING_NAME
        string(root, properties, 0x0065, message.from().email());     // PR_SENT_REPRESENTING_EMAIL_ADDRESS
        string(root, properties, 0x0064, "SMTP");                     // PR_SENT_REPRESENTING_ADDRTYPE
        string(root, properties, 0x0E04, names(message.to()));        // PR_DISPLAY_TO
        string(root, properties, 0x0E03, names(message.cc()));        // PR_DISPLAY_CC
        string(root, properties, 0x1000, message.body());             // PR_BODY
        string(root, properties, 0x1035, "<" + message.messageId() + ">"); // PR_INTERNET_MESSAGE_ID
        string(root, properties, 0x1042, "<" + message.inReplyTo() + ">"); // PR_IN_REPLY_TO_ID
        string(root, properties, 0x1039, message.references().stream().map(id -> "<" + id + ">")
                .collect(Collectors.joining(" ")));                       // PR_INTERNET_REFERENCES
        string(root, properties, 0x007D, transportHeaders(message));  // PR_TRANSPORT_MESSAGE_HEADERS
    }

    /** The headers the message had on the wire, which Outlook keeps beside its own properties. */
    private static String transportHeaders(Message message) {
        return String.join("\r\n",
                "From: " + RawMail.headerText(message.from().name(), StandardCharsets.UTF_8, 'B')
                        + " <" + message.from().email() + ">",
                "To: " + message.to().stream().map(Recipient::display).collect(Collectors.joining(", ")),
                "Cc: " + message.cc().stream().map(Recipient::display).collect(Collectors.joining(", ")),
                "Subject: " + message.subject(),
                "Date: " + message.sent().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.RFC_1123_DATE_TIME),
                "Message-ID: <" + message.messageId() + ">",
                "In-Reply-To: <" + message.inReplyTo() + ">",
                "References: " + message.references().stream().map(id -> "<" + id + ">")
                        .collect(Collectors.joining(" ")),
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=\"utf-8\"",
                "", "");
    }

    private static void recipient(DirectoryEntry root, int index, Recipient recipient, int type) throws IOException {
        DirectoryEntry storage = root.createDirectory("__recip_version1.0_#%08X".formatted(index));
        Properties properties = new Properties();
        string(storage, properties, 0x3001, recipient.name());   // PR_DISPLAY_NAME
        string(storage, properties, 0x3002, "SMTP");             // PR_ADDRTYPE
        string(storage, properties, 0x3003, recipient.email());  // PR_EMAIL_ADDRESS
        string(storage, properties, 0x39FE, recipient.email());  // PR_SMTP_ADDRESS
        properties.fixed(0x0C15, PT_LONG, type);                 // PR_RECIPIENT_TYPE
        properties.fixed(0x3000, PT_LONG, index);                // PR_ROWID
        document(storage, "__properties_version1.0", properties.stream(new byte[8]));
    }

    private static void attachment(DirectoryEntry root, String name, byte[] data) throws IOException {
        DirectoryEntry storage = root.createDirectory("__attach_version1.0_#00000000");
        Properties properties = new Properties();
        string(storage, properties, 0x3707, name);                   // PR_ATTACH_LONG_FILENAME
        string(storage, properties, 0x3704, name);                   // PR_ATTACH_FILENAME
        string(storage, properties, 0x3001, name);                   // PR_DISPLAY_NAME
        string(storage, properties, 0x3703, name.substring(name.lastIndexOf('.'))); // PR_ATTACH_EXTENSION
        document(storage, "__substg1.0_%04X%04X".formatted(0x3701, PT_BINARY), data); // PR_ATTACH_DATA_BIN
        properties.variable(0x3701, PT_BINARY, data.length);
        properties.fixed(0x3705, PT_LONG, ATTACH_BY_VALUE);          // PR_ATTACH_METHOD
        properties.fixed(0x0E20, PT_LONG, data.length);              // PR_ATTACH_SIZE
        properties.fixed(0x0E21, PT_LONG, 0);                        // PR_ATTACH_NUM
        properties.fixed(0x370B, PT_LONG, -1);                       // PR_RENDERING_POSITION: not inline
        document(storage, "__properties_version1.0", properties.stream(new byte[8]));
    }

    /** The named-property map: empty, as no named property is used, but readers expect the storage. */
    private static void namedProperties(DirectoryEntry root) throws IOException {
        DirectoryEntry storage = root.createDirectory("__nameid_version1.0");
        for (int stream : new int[] {0x0002, 0x0003, 0x0004}) {
            document(storage, "__substg1.0_%04X%04X".formatted(stream, PT_BINARY), new byte[0]);
        }
    }

    private static void string(DirectoryEntry storage, Properties properties, int id, String value)
            throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_16LE);
        document(storage, "__substg1.0_%04X%04X".formatted(id, PT_UNICODE), bytes);
        properties.variable(id, PT_UNICODE, bytes.length + 2); // the size counts the terminating NUL
    }

    private static String names(List<Recipient> recipients) {
        return recipients.stream().map(Recipient::name).collect(Collectors.joining("; "));
    }

    private static void document(DirectoryEntry storage, String name, byte[] bytes) throws IOException {
        storage.createDocument(name, new ByteArrayInputStream(bytes));
    }

    /** The message's properties header: reserved, next recipient and attachment ids, their counts, reserved. */
    private static byte[] topLevelHeader(int recipients, int attachments) {
        return ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(0).putInt(recipients).putInt(attachments).putInt(recipients).putInt(attachments).putLong(0)
                .array();
    }

    /** Entries of a properties stream, 16 bytes each: tag, flags, then the value or the size of its stream. */
    private static final class Properties {

        private final ByteArrayOutputStream entries = new ByteArrayOutputStream();

        void fixed(int id, int type, long value) {
            entries.writeBytes(entry(id, type).putLong(value).array());
        }

        void variable(int id, int type, int size) {
            entries.writeBytes(entry(id, type).putInt(size).putInt(0).array());
        }

        /** FILETIME: 100-nanosecond intervals since 1601-01-01 UTC. */
        void time(int id, Instant instant) {
            Duration sinceEpoch = Duration.between(Instant.parse("1601-01-01T00:00:00Z"), instant);
            fixed(id, PT_SYSTIME, sinceEpoch.getSeconds() * 10_000_000L + sinceEpoch.getNano() / 100);
        }

        byte[] stream(byte[] header) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(header);
            out.writeBytes(entries.toByteArray());
            return out.toByteArray();
        }

        private static ByteBuffer entry(int id, int type) {
            return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt(id << 16 | type).putInt(READABLE_WRITABLE);
        }
    }
}
