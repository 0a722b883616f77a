package org.dossier.samples;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds e-mail as bytes, the way mail clients write it, without a mail library: headers with RFC 2047
 * encoded-words in any charset, bodies in any charset sent 8bit, quoted-printable or base64, multiparts and
 * attachments. Bytes rather than text, because a legacy-charset body is not UTF-8. Lines end in LF, as in an
 * mbox; {@link #crlf(byte[])} gives the CRLF form of a single message file.
 */
public final class RawMail {

    /** How a body travels (RFC 2045). */
    public enum TransferEncoding { EIGHT_BIT, QUOTED_PRINTABLE, BASE64 }

    /** A MIME entity: its own header lines (without the blank line) and its body. */
    public record Part(String headers, byte[] body) {
    }

    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy",
            Locale.ENGLISH);

    private final Map<String, String> headers = new LinkedHashMap<>();

    private RawMail() {
    }

    public static RawMail message() {
        return new RawMail();
    }

    public RawMail header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public RawMail date(OffsetDateTime date) {
        return header("Date", date.format(DateTimeFormatter.RFC_1123_DATE_TIME));
    }

    /** The whole message: the message headers, then the body entity's own headers and body. */
    public byte[] body(Part body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append('\n'));
        head.append("MIME-Version: 1.0\n").append(body.headers()).append('\n');
        out.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body.body());
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- entities

    public static Part text(String subtype, Charset charset, TransferEncoding encoding, String text) {
        byte[] bytes = text.getBytes(charset);
        return new Part("Content-Type: text/" + subtype + "; charset=" + charset.name() + "\n"
                + "Content-Transfer-Encoding: " + name(encoding) + "\n", encoded(bytes, encoding));
    }

    public static Part attachment(String fileName, String contentType, byte[] data) {
        return new Part("Content-Type: " + contentType + "; name=\"" + fileName + "\"\n"
                + "Content-Transfer-Encoding: base64\n"
                + "Content-Disposition: attachment; filename=\"" + fileName + "\"\n", encoded(data, TransferEncoding.BASE64));
    }

    public static Part multipart(String subtype, String boundary, Part... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("This is a multi-part message in MIME format.\n".getBytes(StandardCharsets.US_ASCII));
        for (Part part : parts) {
            body.writeBytes(("\n--" + boundary + "\n" + part.headers() + "\n").getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(part.body());
        }
        body.writeBytes(("\n--" + boundary + "--\n").getBytes(StandardCharsets.US_ASCII));
        return new Part("Content-Type: multipart/" + subtype + "; boundary=\"" + boundary + "\"\n", body.toByteArray());
    }

    // ---------------------------------------------------------------- headers

    /** A display name and address, the name as an encoded-word when it is not ASCII. */
    public static String address(String name, String email) {
        return headerText(name, StandardCharsets.UTF_8, 'B') + " <" + email + ">";
    }

    public static String addresses(String... nameEmailPairs) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < nameEmailPairs.length; i += 2) {
            all.add(address(nameEmailPairs[i], nameEmailPairs[i + 1]));
        }
        return String.join(",\n ", all);
    }

    /** Header text as is when it is ASCII, otherwise as RFC 2047 encoded-words ('B' base64, 'Q' quoted). */
    public static String headerText(String text, Charset charset, char encoding) {
        if (StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            return text;
        }
        byte[] bytes = text.getBytes(charset);
        String encoded = encoding == 'B' ? Base64.getEncoder().encodeToString(bytes) : qEncoded(bytes);
        return "=?" + charset.name() + "?" + encoding + "?" + encoded + "?=";
    }

    /** Message-IDs in angle brackets, folded one per line as long References headers are. */
    public static String ids(String... messageIds) {
        List<String> all = new ArrayList<>();
        for (String id : messageIds) {
            all.add("<" + id + ">");
        }
        return String.join("\n ", all);
    }

    // ---------------------------------------------------------------- files

    /**
     * An mbox (mboxrd): each message after a "From sender date" line and before a blank line; a body line that
     * starts with "From " (or an escaped ">From ") gets one more '>'.
     */
    public static byte[] mbox(List<byte[]> messages, List<OffsetDateTime> dates) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < messages.size(); i++) {
            String stamp = dates.get(i).withOffsetSameInstant(ZoneOffset.UTC).format(ASCTIME);
            out.writeBytes(("From sender@mailbox.example " + stamp + "\n").getBytes(StandardCharsets.US_ASCII));
            for (byte[] line : lines(messages.get(i))) {
                if (startsWithEscapedFrom(line)) {
                    out.write('>');
                }
                out.writeBytes(line);
                out.write('\n');
            }
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** A single message file has CRLF line ends (RFC 5322); an ASCII-compatible body keeps its bytes. */
    public static byte[] crlf(byte[] message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : message) {
            if (b == '\n') {
                out.write('\r');
            }
            out.write(b);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- encodings

    private static byte[] encoded(byte[] bytes, TransferEncoding encoding) {
        String text = switch (encoding) {
            case EIGHT_BIT -> null;
            case QUOTED_PRINTABLE -> quotedPrintable(bytes);
            case BASE64 -> Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(bytes) + "\n";
        };
        if (text == null) {
            byte[] withEnd = java.util.Arrays.copyOf(bytes, bytes.length + 1);
            withEnd[bytes.length] = '\n';
            return withEnd;
        }
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String name(TransferEncoding encoding) {
        return switch (encoding) {
            case EIGHT_BIT -> "8bit";
            case QUOTED_PRINTABLE -> "quoted-printable";
            case BASE64 -> "base64";
        };
    }

    /** RFC 2045: bytes outside printable ASCII and '=' become =XX; lines over 76 characters end in a soft break. */
    private static String quotedPrintable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int length = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\n') {
                out.append('\n');
                length = 0;
                continue;
            }
            boolean lineEnd = i + 1 == bytes.length || bytes[i + 1] == '\n';
            boolean literal = (b >= 33 && b <= 126 && b != '=') || (b == ' ' && !lineEnd);
            String token = literal ? String.valueOf((char) b) : "=%02X".formatted(b);
            if (length + token.length() > 75) {
                out.append("=\n");
                length = 0;
            }
            out.append(token);
            length += token.length();
        }
        return out.append('\n').toString();
    }

    /** RFC 2047 'Q': like quoted-printable, with '_' for a space and only safe characters literal. */
    private static String qEncoded(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte value : bytes) {
            int b = value & 0xff;
            if (b == ' ') {
                out.append('_');
            } else if (Character.isLetterOrDigit(b) && b < 128) {
                out.append((char) b);
            } else {
                out.append("=%02X".formatted(b));
            }
        }
        return out.toString();
    }

    private static List<byte[]> lines(byte[] message) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= message.length; i++) {
            if (i == message.length || message[i] == '\n') {
                if (i > start || i < message.length) {
                    lines.add(java.util.Arrays.copyOfRange(message, start, i));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static boolean startsWithEscapedFrom(byte[] line) {
        int i = 0;
        while (i < line.length && line[i] == '>') {
            i++;
        }
        return new String(line, i, Math.min(5, line.length - i), StandardCharsets.ISO_8859_1).equals("From ");
    }
}
