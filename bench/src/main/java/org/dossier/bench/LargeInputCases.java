package org.dossier.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Which inputs {@link LargeInputs} generates and how large, and the limits its application runs under; a size of 0
 * leaves its case out.
 *
 * @param csvBytes    the spreadsheet export's size ({@code bench.csvBytes}, default 1 GB)
 * @param mboxBytes   the mailbox's size ({@code bench.mboxBytes}, default 5 GB)
 * @param pdfPages    the PDF's pages ({@code bench.pdfPages}, default 10,000)
 * @param manyFiles   how many small files in the folder ({@code bench.manyFiles}, default 300,000)
 * @param maxFileSize the file size limit for this run ({@code bench.largeMaxFileSize}): the application's 200 MB
 *                    would skip the CSV and the mbox unread
 * @param pst         a user's own Outlook .pst or .ost ({@code bench.pst}, default none), copied into the case's
 *                    folder and deleted after: no library writes one, so none is generated
 * @param appHeap     the application's heap cap ({@code bench.appHeap}, default the launcher's 1g)
 * @param caseLimit   how long one case's run may take ({@code bench.largeCaseMinutes}, default 120): a run still
 *                    going then is measured as far as it got, its rate reported, and stopped
 */
record LargeInputCases(long csvBytes, long mboxBytes, int pdfPages, int manyFiles, long maxFileSize,
                       Optional<Path> pst, String appHeap, Duration caseLimit) {

    static LargeInputCases fromSystemProperties() {
        return new LargeInputCases(Long.getLong("bench.csvBytes", 1_000_000_000L),
                Long.getLong("bench.mboxBytes", 5_000_000_000L), Integer.getInteger("bench.pdfPages", 10_000),
                Integer.getInteger("bench.manyFiles", 300_000),
                Long.getLong("bench.largeMaxFileSize", 6_000_000_000L),
                Optional.of(System.getProperty("bench.pst", "")).filter(path -> !path.isBlank()).map(Path::of),
                System.getProperty("bench.appHeap", "1g"),
                Duration.ofMinutes(Long.getLong("bench.largeCaseMinutes", 120)));
    }

    /** The inputs, as the result's parameters name them. */
    void describe(Map<String, Object> parameters) {
        parameters.put("csvBytes", csvBytes);
        parameters.put("mboxBytes", mboxBytes);
        parameters.put("mboxMessage", "plain text, " + LargeInputFiles.MESSAGE_SENTENCES + " sentences (about 4 KB)");
        parameters.put("pdfPages", pdfPages + " pages of " + LargeInputFiles.PDF_LINES_PER_PAGE + " lines (PDFBox)");
        parameters.put("pst", pst.map(path -> path + " (a copy of it)").orElse("none (bench.pst not set)"));
        parameters.put("manyFiles", manyFiles);
    }
}
