package org.dossier.indexer.internal.extract;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Optical character recognition for scans and images, through Tesseract, which Tika runs as an external program
 * when it is installed ({@code brew install tesseract}, {@code apt-get install tesseract-ocr}). Without it, a scan
 * is not an empty document: it is skipped with a reason that says what to install.
 *
 * @param available whether a {@code tesseract} program is on the PATH
 * @param languages Tesseract language codes joined by {@code +}, e.g. {@code eng+tur} (each needs its data pack)
 * @param timeoutSeconds longest OCR of one image or page
 */
public record Ocr(boolean available, String languages, int timeoutSeconds) {

    public static final String NEEDS_OCR = "a scan or image with no text layer — install Tesseract (tesseract-ocr) "
            + "and index again to read it by OCR";

    /** Tesseract if it is on the PATH, with these languages. */
    public static Ocr detect(String languages, int timeoutSeconds) {
        return new Ocr(onPath("tesseract"), languages, timeoutSeconds);
    }

    public static Ocr off() {
        return new Ocr(false, "eng", 120);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return true;
            }
        }
        return false;
    }
}
