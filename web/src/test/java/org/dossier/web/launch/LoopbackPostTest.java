package org.dossier.web.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The one-shot client's reading of an HTTP reply, as Tomcat sends it (the exchange itself: CommandEndpointTest). */
class LoopbackPostTest {

    @Test
    void aChunkedReplyIsPutBackTogetherWithItsMultiByteCharacters() throws IOException {
        byte[] body = "{\"output\":\"é ✓\"}".getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 \r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        // cut inside the ✓, as a chunk boundary may fall
        byte[] reply = concat(head.getBytes(StandardCharsets.US_ASCII),
                ("f\r\n").getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOfRange(body, 0, 15),
                ("\r\n" + Integer.toHexString(body.length - 15) + ";ext=1\r\n").getBytes(StandardCharsets.US_ASCII),
                java.util.Arrays.copyOfRange(body, 15, body.length), "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        LoopbackPost.Reply parsed = LoopbackPost.parse(reply);

        assertThat(parsed.status()).isEqualTo(200);
        assertThat(parsed.body()).isEqualTo("{\"output\":\"é ✓\"}");
    }

    @Test
    void aReplyWithALengthIsReadAsItIs() throws IOException {
        byte[] reply = "HTTP/1.1 403 Forbidden\r\nContent-Length: 2\r\n\r\nno".getBytes(StandardCharsets.US_ASCII);

        assertThat(LoopbackPost.parse(reply)).isEqualTo(new LoopbackPost.Reply(403, "no"));
    }

    @Test
    void aReplyCutShortOrNotHttpIsAnError() {
        assertThatThrownBy(() -> LoopbackPost.parse("HTTP/1.1 200 OK\r\nContent-Le".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> LoopbackPost.parse("SSH-2.0-OpenSSH\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> LoopbackPost.parse(
                "HTTP/1.1 200 \r\nTransfer-Encoding: chunked\r\n\r\n10\r\nshort".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IOException.class);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
