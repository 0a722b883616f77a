package org.dossier.indexer.internal.isolate;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dossier.indexer.internal.extract.Extraction;
import org.dossier.indexer.internal.extract.Extractor;

/**
 * A worker whose parser misbehaves on files named for it, and is Tika otherwise: {@code hang*} never returns,
 * {@code oom*} fills the heap, {@code crash*} ends the JVM as a native crash would, {@code noisy*} prints to stdout
 * first. Test code only: the application's worker is {@link ExtractionWorker}.
 */
public final class HostileWorker {

    private HostileWorker() {
    }

    public static void main(String[] args) throws IOException {
        OutputStream replies = new FileOutputStream(FileDescriptor.out);
        System.setOut(System.err);
        Extractor tika = ExtractorSettings.fromArguments(args).newExtractor();
        ExtractionWorker.serve(file -> misbehave(file, tika), System.in, replies);
    }

    private static Extraction misbehave(Path file, Extractor tika) {
        String name = file.getFileName().toString();
        if (name.startsWith("hang")) {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // a hung parser does not listen either
                }
            }
        }
        if (name.startsWith("oom")) {
            List<long[]> hog = new ArrayList<>();
            while (true) {
                hog.add(new long[1 << 20]);
            }
        }
        if (name.startsWith("crash")) {
            Runtime.getRuntime().halt(134);
        }
        if (name.startsWith("noisy")) {
            System.out.println("a parser that prints to stdout");
        }
        return tika.extract(file);
    }
}
