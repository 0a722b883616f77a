package org.dossier.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes e-mail as plain RFC 5322 text: an mbox file (mboxrd flavour) and single .eml files.
 * No mail library is used on purpose; the point of the corpus is to check that Tika's own mail
 * parsers cope with what real mail clients produce: encoded-words, threads, quoted-printable,
 * multipart attachments and escaped "From " lines.
 */
final class MailboxWriter {

    record Person(String name, String email) {
    }

    record Attachment(String fileName, String contentType, String text) {
    }

    /** One message. {@code parent} is the message it replies to, which drives the thread headers. */
    record Mail(String messageId, OffsetDateTime date, Person from, List<Person> to, List<Person> cc,
                String subject, Mail parent, String body, Attachment attachment) {

        /** The References header: the parent's references followed by the parent itself. */
        List<String> references() {
            if (parent == null) {
                return List.of();
            }
            List<String> chain = new ArrayList<>(parent.references());
            chain.add(parent.messageId());
            return chain;
        }
    }

    // "Tue, 2 Jul 2024 09:14:00 +0200", the Date: header format of RFC 5322.
    private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.RFC_1123_DATE_TIME;
    // "Tue Jul  2 07:14:00 2024", the asctime() stamp of an mbox "From " separator line (UTC).
    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH);

    private MailboxWriter() {
    }

    /**
     * mbox: each message starts with a "From sender date" line and ends with a blank line. Body
     * lines that start with "From " (or an already escaped ">From ") get one more '>', the mboxrd
     * rule, so that a reader does not mistake them for the start of the next message.
     */
    static void writeMbox(Path file, List<Mail> mails) throws IOException {
        StringBuilder mbox = new StringBuilder();
        for (Mail mail : mails) {
            mbox.append("From ").append(mail.from().email()).append(' ')
                    .append(mail.date().withOffsetSameInstant(ZoneOffset.UTC).format(ASCTIME)).append('\n');
            for (String line : render(mail, "8bit", null).split("\n", -1)) {
                mbox.append(line.matches(">*From .*") ? ">" + line : line).append('\n');
            }
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, mbox, StandardCharsets.UTF_8);
    }

    /**
     * A single message file with CRLF line ends as RFC 5322 asks. The text is quoted-printable;
     * with {@code html} the message becomes multipart/alternative (plain text plus HTML).
     */
    static void writeEml(Path file, Mail mail, String html) throws IOException {
        String text = render(mail, "quoted-printable", html);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- message text

    private static String render(Mail mail, String transferEncoding, String html) {
        StringBuilder out = new StringBuilder();
        header(out, "From", address(mail.from()));
        header(out, "To", addressList(mail.to()));
        if (!mail.cc().isEmpty()) {
            header(out, "Cc", addressList(mail.cc()));
        }
        header(out, "Subject", encodeWord(mail.subject()));
        header(out, "Date", mail.date().format(RFC_5322));
        header(out, "Message-ID", "<" + mail.messageId() + ">");
        if (mail.parent() != null) {
            header(out, "In-Reply-To", "<" + mail.parent().messageId() + ">");
            header(out, "References", mail.references().stream().map(id -> "<" + id + ">")
                    .collect(Collectors.joining("\n ")));
        }
        header(out, "MIME-Version", "1.0");
        String boundary = "=_dossier_" + mail.messageId().replaceAll("[^A-Za-z0-9]", "_");
        if (mail.attachment() != null) {
            // multipart/mixed: the message text first, then the attached file in base64.
            header(out, "Content-Type", "multipart/mixed; boundary=\"" + boundary + "\"");
            out.append('\n').append("This is a multi-part message in MIME format.\n\n");
            out.append("--").append(boundary).append('\n');
            textPart(out, "text/plain", mail.body(), transferEncoding);
            out.append("--").append(boundary).append('\n');
            attachmentPart(out, mail.attachment());
            out.append("--").append(boundary).append("--\n");
        } else if (html != null) {
            // multipart/alternative: two renderings of the same text, the richest one last.
            header(out, "Content-Type", "multipart/alternative; boundary=\"" + boundary + "\"");
            out.append('\n');
            out.append("--").append(boundary).append('\n');
            textPart(out, "text/plain", mail.body(), transferEncoding);
            out.append("--").append(boundary).append('\n');
            textPart(out, "text/html", html, transferEncoding);
            out.append("--").append(boundary).append("--\n");
        } else {
            appendBody(out, "text/plain", mail.body(), transferEncoding);
        }
        return out.toString();
    }

    private static void textPart(StringBuilder out, String type, String text, String transferEncoding) {
        appendBody(out, type, text, transferEncoding);
        out.append('\n');
    }

    private static void appendBody(StringBuilder out, String type, String text, String transferEncoding) {
        header(out, "Content-Type", type + "; charset=UTF-8");
        header(out, "Content-Transfer-Encoding", transferEncoding);
        out.append('\n');
        out.append(transferEncoding.equals("quoted-printable") ? quotedPrintable(text) : text.strip() + "\n");
    }

    private static void attachmentPart(StringBuilder out, Attachment attachment) {
        header(out, "Content-Type", attachment.contentType() + "; charset=UTF-8; name=\""
                + attachment.fileName() + "\"");
        header(out, "Content-Transfer-Encoding", "base64");
        header(out, "Content-Disposition", "attachment; filename=\"" + attachment.fileName() + "\"");
        out.append('\n');
        byte[] data = attachment.text().getBytes(StandardCharsets.UTF_8);
        out.append(Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(data)).append("\n\n");
    }

    private static void header(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(value).append('\n');
    }

    // ---------------------------------------------------------------- addresses and encodings

    private static String address(Person person) {
        return encodeWord(person.name()) + " <" + person.email() + ">";
    }

    /** Several addresses: one per folded line once the header would pass 78 characters. */
    private static String addressList(List<Person> people) {
        String oneLine = people.stream().map(MailboxWriter::address).collect(Collectors.joining(", "));
        return oneLine.length() <= 70 ? oneLine
                : people.stream().map(MailboxWriter::address).collect(Collectors.joining(",\n "));
    }

    /**
     * RFC 2047: header text that is not ASCII travels as {@code =?UTF-8?B?base64?=} words of at
     * most 75 characters, so long text is cut into several words on character boundaries.
     */
    static String encodeWord(String text) {
        if (StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            return text;
        }
        List<String> words = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (int cp : text.codePoints().toArray()) {
            String next = chunk + Character.toString(cp);
            if (next.getBytes(StandardCharsets.UTF_8).length > 45) {
                words.add(encodedWord(chunk.toString()));
                chunk = new StringBuilder();
            }
            chunk.appendCodePoint(cp);
        }
        words.add(encodedWord(chunk.toString()));
        return String.join("\n ", words);
    }

    private static String encodedWord(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    /**
     * Quoted-printable (RFC 2045): bytes outside printable ASCII, '=' and a line's trailing space
     * become =XX; lines longer than 76 characters are split with a soft line break ("=").
     */
    static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.strip().split("\n", -1)) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            int length = 0;
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xff;
                boolean last = i == bytes.length - 1;
                boolean literal = (b >= 33 && b <= 126 && b != '=') || (b == ' ' && !last);
                String token = literal ? String.valueOf((char) b) : "=%02X".formatted(b);
                if (length + token.length() > 75) {
                    out.append("=\n");
                    length = 0;
                }
                out.append(token);
                length += token.length();
            }
            out.append('\n');
        }
        return out.toString();
    }
}
