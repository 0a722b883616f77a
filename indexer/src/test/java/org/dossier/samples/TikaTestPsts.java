package org.dossier.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Apache Tika's own test .pst files, read from Tika's test jar on the test class path (no library writes a .pst):
 * {@link #MESSAGES} holds seven messages in one folder, one of them a forward with a message and a .docx inside;
 * {@link #FOLDERS} holds four in {@code Inbox/tmp}.
 */
public final class TikaTestPsts {

    public static final String MESSAGES = "testPST.pst";
    public static final String FOLDERS = "testPST_variousBodyTypes.pst";

    /**
     * Where {@link #damaged} writes zeros over {@link #MESSAGES}: a block java-libpst needs for the fifth message on,
     * found by zeroing 2 KB blocks of the file in turn (Tika 3.3.1, java-libpst 0.9.3). Cutting the file short does
     * not serve: its index lies after its messages, so a shorter copy gives either every message or none.
     */
    public static final int DAMAGE_AT = 153_600;
    public static final int READABLE_BEFORE_DAMAGE = 4;

    private TikaTestPsts() {
    }

    /** A copy of the test .pst {@code name} at {@code target}. */
    public static Path copy(String name, Path target) throws IOException {
        try (InputStream in = TikaTestPsts.class.getResourceAsStream("/test-documents/" + name)) {
            if (in == null) {
                throw new IllegalStateException("/test-documents/" + name + " is not on the class path: the test "
                        + "dependency org.apache.tika:tika-parser-microsoft-module (classifier tests) provides it");
            }
            Files.copy(in, target);
        }
        return target;
    }

    /** A copy of {@link #MESSAGES} with 2 KB of zeros at {@link #DAMAGE_AT}: its first four messages read. */
    public static Path damaged(Path target) throws IOException {
        byte[] bytes;
        try (InputStream in = TikaTestPsts.class.getResourceAsStream("/test-documents/" + MESSAGES)) {
            bytes = in.readAllBytes();
        }
        Arrays.fill(bytes, DAMAGE_AT, DAMAGE_AT + 2048, (byte) 0);
        return Files.write(target, bytes);
    }
}
