package org.dossier.indexer.internal.extract;

import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * Reads an mbox file as a stream, one message at a time: each message is an {@link InputStream} of its own that ends
 * where the next {@code From } separator line begins. Nothing but a fixed buffer is held, whatever the size of the
 * file or of one message, so a mailbox of many gigabytes is read in constant memory. The separator line itself is
 * not part of the message; body lines the mbox escaped ({@code >From }) are passed on as they are, as Tika's own
 * mbox parser does.
 */
final class MboxMessages {

    private static final byte[] SEPARATOR = {'F', 'r', 'o', 'm', ' '};
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean atLineStart = true;
    private boolean endOfFile;
    private @Nullable Message current;

    MboxMessages(InputStream in) {
        this.in = in;
    }

    /**
     * The next message, or {@code null} after the last one. What a caller left unread of the previous message is
     * skipped. Text before the first separator (none in a well-formed mbox) counts as a message of its own.
     */
    @Nullable InputStream next() throws IOException {
        if (current != null) {
            current.skipRest();
        }
        if (!fill(1)) {
            return null;
        }
        if (startsWithSeparator()) {
            skipLine();
            atLineStart = true;
        }
        current = new Message();
        return current;
    }

    /** Whether the bytes at the current position begin a separator line. */
    private boolean startsWithSeparator() throws IOException {
        if (!atLineStart || !fill(SEPARATOR.length)) {
            return false;
        }
        for (int i = 0; i < SEPARATOR.length; i++) {
            if (buffer[position + i] != SEPARATOR[i]) {
                return false;
            }
        }
        return true;
    }

    private void skipLine() throws IOException {
        while (fill(1)) {
            if (buffer[position++] == '\n') {
                return;
            }
        }
    }

    /** Makes at least {@code bytes} bytes available from {@code position}; false when the file ends before. */
    private boolean fill(int bytes) throws IOException {
        if (limit - position >= bytes) {
            return true;
        }
        if (endOfFile) {
            return false;
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < bytes) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                endOfFile = true;
                return false;
            }
            limit += read;
        }
        return true;
    }

    /** One message's bytes: up to, not including, the next separator line. */
    private final class Message extends InputStream {

        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (ended || current != this) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            if (!fill(1) || startsWithSeparator()) {
                ended = true;
                return -1;
            }
            // Up to the end of the line (inclusive) at most: the next line may be a separator.
            int end = Math.min(limit, position + length);
            int copied = 0;
            while (position + copied < end) {
                byte b = buffer[position + copied++];
                if (b == '\n') {
                    break;
                }
            }
            System.arraycopy(buffer, position, target, offset, copied);
            position += copied;
            atLineStart = target[offset + copied - 1] == '\n';
            return copied;
        }

        void skipRest() throws IOException {
            byte[] sink = new byte[8192];
            while (read(sink, 0, sink.length) >= 0) {
                // skipped
            }
        }

        @Override
        public void close() {
            // the mbox stays open for the next message; its owner closes it
        }
    }
}
