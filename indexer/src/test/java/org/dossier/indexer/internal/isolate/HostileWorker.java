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
import org.dossier.indexer.internal.extract.PartSink;

/**
 * A worker whose parser misbehaves on files named for it, and is Tika otherwise: {@code hang*} never returns,
 * {@code oom*} fills the heap, {@code crash*} ends the JVM as a native crash would, {@code noisy*} prints to stdout
 * first, {@code dies-after-2*} streams a mailbox and ends the JVM as a native crash would once it has sent its second
 * message. Test code only: the application's worker is {@link ExtractionWorker}.
 */
public final class HostileWorker {

    private HostileWorker() {
    }

    public static void main(String[] args) throws IOException {
        OutputStream replies = new FileOutputStream(FileDescriptor.out);
        System.setOut(System.err);
        Extractor tika = ExtractorSettings.fromArguments(args).newExtractor();
        ExtractionWorker.serve(new Extractor() {
            @Override
            public Extraction extract(Path file) {
                return misbehave(file, tika);
            }

            @Override
            public Extraction extract(Path file, PartSink early) {
                return file.getFileName().toString().startsWith("dies-after-2") ? diesAfterTwoMessages(file, tika, early)
                        : misbehave(file, tika);
            }
        }, System.in, replies);
    }

    /** Each group of parts is sent (and flushed) before the next is read: the container's, then two messages. */
    private static Extraction diesAfterTwoMessages(Path file, Extractor tika, PartSink early) {
        int[] sent = {0};
        return tika.extract(file, parts -> {
            early.accept(parts);
            if (++sent[0] == 3) {
                Runtime.getRuntime().halt(134);
            }
        });
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
