package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Peak heaps read from the JVMs' own GC logs ({@code -Xlog:gc:file=gc-%p.log}): the largest heap occupancy any
 * collection found before it ran ({@code 612M->80M(1024M)}: 612 MB), for the application's JVM and for the largest of
 * its parse workers. Occupancy before a collection includes garbage, so it is an upper bound of what had to fit; a JVM
 * that never collected shows no figure and is counted apart.
 *
 * @param mainPeakBytes    the application JVM's peak, or -1 if it never collected
 * @param mainCollections  collections the application JVM logged
 * @param mainCapBytes     the largest heap size the application JVM's log shows (its committed heap)
 * @param workerPeakBytes  the largest peak among the worker JVMs, or -1 if none collected
 * @param workers          worker JVMs that wrote a log
 * @param workersCollected those of them that collected at least once
 */
record GcLogPeaks(long mainPeakBytes, int mainCollections, long mainCapBytes, long workerPeakBytes, int workers,
                  int workersCollected) {

    private static final Pattern COLLECTION = Pattern.compile(
            "GC\\(\\d+\\) .*?(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    /** One JVM's log: its peak before a collection, how many collections, the largest heap size shown. */
    record Log(long peakBytes, int collections, long capBytes) {
    }

    /** The figures as a result row's cells, in MB. */
    void putCells(Map<String, Number> cells) {
        cells.put("peak heap MB", mainPeakBytes / 1e6);
        cells.put("heap collections", mainCollections);
        cells.put("worker peak heap MB", workerPeakBytes / 1e6);
        cells.put("worker JVMs", workers);
        cells.put("worker JVMs that collected", workersCollected);
    }

    static GcLogPeaks read(Path logs, long mainPid) throws IOException {
        Log main = new Log(-1, 0, 0);
        long workerPeak = -1;
        int workers = 0;
        int workersCollected = 0;
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("gc-")).toList()) {
                Log log = parse(Files.readAllLines(file));
                if (file.getFileName().toString().equals("gc-" + mainPid + ".log")) {
                    main = log;
                } else {
                    workers++;
                    workersCollected += log.collections() > 0 ? 1 : 0;
                    workerPeak = Math.max(workerPeak, log.peakBytes());
                }
            }
        }
        return new GcLogPeaks(main.peakBytes(), main.collections(), main.capBytes(), workerPeak, workers,
                workersCollected);
    }

    static Log parse(List<String> lines) {
        long peak = -1;
        long cap = 0;
        int collections = 0;
        for (String line : lines) {
            Matcher matcher = COLLECTION.matcher(line);
            if (matcher.find()) {
                collections++;
                peak = Math.max(peak, bytes(matcher.group(1), matcher.group(2)));
                cap = Math.max(cap, bytes(matcher.group(5), matcher.group(6)));
            }
        }
        return new Log(peak, collections, cap);
    }

    private static long bytes(String number, String unit) {
        long value = Long.parseLong(number);
        return switch (unit) {
            case "K" -> value << 10;
            case "M" -> value << 20;
            default -> value << 30;
        };
    }
}
