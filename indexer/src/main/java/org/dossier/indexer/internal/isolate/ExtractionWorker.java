package org.dossier.indexer.internal.isolate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.dossier.indexer.internal.extract.Extraction;
import org.dossier.indexer.internal.extract.Extractor;
import org.dossier.indexer.internal.extract.PartSink;
import org.dossier.indexer.internal.extract.PlainReasons;

/**
 * The main class of a worker JVM: reads files to extract from stdin and writes each extraction to stdout, one after
 * the other, until stdin closes. Whatever a parser does here (hang, crash, exhaust the heap) ends this process, never
 * Dossier's. Arguments: see {@link ExtractorSettings}.
 */
public final class ExtractionWorker {

    private ExtractionWorker() {
    }

    public static void main(String[] args) throws IOException {
        // stdout carries the replies: anything a parser or library prints goes to stderr instead.
        OutputStream replies = new FileOutputStream(FileDescriptor.out);
        System.setOut(System.err);
        ignoreTerminalInterrupt();
        exitWithParent();
        serve(ExtractorSettings.fromArguments(args).newExtractor(), System.in, replies);
    }

    /**
     * Ctrl-C on Dossier's terminal reaches every process of its group, this worker too; Dossier decides what Ctrl-C
     * stops (the running index, after the files in hand), and a worker killed mid-file would fail that file.
     */
    private static void ignoreTerminalInterrupt() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
        } catch (IllegalArgumentException unsupported) {
            // no SIGINT on this platform
        }
    }

    /**
     * Answers requests until the input ends. Tests run it with a misbehaving extractor of their own.
     */
    public static void serve(Extractor extractor, InputStream input, OutputStream output) throws IOException {
        DataInputStream requests = new DataInputStream(new BufferedInputStream(input));
        DataOutputStream replies = new DataOutputStream(new BufferedOutputStream(output, 1 << 16));
        WorkerProtocol.writeReady(replies);
        PartSink early = parts -> {
            try {
                WorkerProtocol.writeParts(replies, parts);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // Dossier is gone: nobody to answer
            }
        };
        for (Path file = WorkerProtocol.readRequest(requests); file != null; file = WorkerProtocol.readRequest(requests)) {
            WorkerProtocol.writeExtraction(replies, extract(extractor, file, early));
        }
    }

    /** Errors a parser can survive become a failed file; running out of memory ends the JVM (ExitOnOutOfMemoryError). */
    private static Extraction extract(Extractor extractor, Path file, PartSink early) {
        try {
            return extractor.extract(file, early);
        } catch (StackOverflowError e) {
            return new Extraction.Failed("the file nests too deeply for the parser — it may be built to crash parsers "
                    + "(StackOverflowError)");
        } catch (RuntimeException | LinkageError | AssertionError e) {
            return new Extraction.Failed(PlainReasons.failed(e));
        }
    }

    /** A worker whose Dossier is gone (killed, crashed) stops too, even in the middle of a parse that hangs. */
    private static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
    }
}
