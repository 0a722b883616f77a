package org.dossier.web.launch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One HTTP/1.1 POST to a port on 127.0.0.1, the connection closed after the reply. Written on a plain socket for the
 * one-shot client: {@code HttpURLConnection} looks up a URL handler through every jar on the class path, and
 * {@code java.net.http} loads a thousand classes — either costs more than the command's whole round trip.
 */
final class LoopbackPost {

    record Reply(int status, String body) {
    }

    private static final byte[] END_OF_HEADERS = {'\r', '\n', '\r', '\n'};

    private LoopbackPost() {
    }

    static Reply send(int port, String path, String bearerToken, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nAuthorization: Bearer " + bearerToken
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 2_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    static Reply parse(byte[] response) throws IOException {
        int end = indexOf(response, END_OF_HEADERS, 0);
        if (end < 0) {
            throw new IOException("the server's reply ended before its headers did");
        }
        String[] headers = new String(response, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = headers[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP reply: " + headers[0]);
        }
        boolean chunked = Arrays.stream(headers).map(line -> line.toLowerCase(Locale.ROOT).replace(" ", ""))
                .anyMatch(line -> line.startsWith("transfer-encoding:") && line.contains("chunked"));
        byte[] body = Arrays.copyOfRange(response, end + END_OF_HEADERS.length, response.length);
        return new Reply(Integer.parseInt(statusLine[1]),
                new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
            if (lineEnd < 0) {
                throw new IOException("the server's reply was cut short");
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";", 2)[0].strip();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                return out.toByteArray();
            }
            int start = lineEnd + 2;
            if (start + length > chunked.length) {
                throw new IOException("the server's reply was cut short");
            }
            out.write(chunked, start, length);
            at = start + length + 2;
        }
    }

    private static int indexOf(byte[] bytes, byte[] wanted, int from) {
        for (int i = from; i + wanted.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        return -1;
    }
}
