package org.dossier.web.selfcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The question set of the self-check, read from {@code selfcheck/sample-questions.tsv} on the class path. */
final class SampleQuestions {

    static final String RESOURCE = "selfcheck/sample-questions.tsv";

    private SampleQuestions() {
    }

    static List<SampleQuestion> load() {
        try (InputStream in = SampleQuestions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Lines of six tab-separated columns; {@code #} starts a comment line. */
    static List<SampleQuestion> parse(String tsv) {
        return tsv.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(SampleQuestions::row)
                .toList();
    }

    private static SampleQuestion row(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 6) {
            throw new IllegalArgumentException(RESOURCE + ": expected 6 tab-separated columns, got " + cells.length
                    + " in: " + line);
        }
        return new SampleQuestion(Integer.parseInt(cells[0].strip()), cells[1].strip(), cells[2].strip(),
                switch (cells[3].strip()) {
                    case "yes" -> true;
                    case "no" -> false;
                    default -> throw new IllegalArgumentException(RESOURCE + ": answerable is yes or no, not "
                            + cells[3] + " in: " + line);
                }, list(cells[4]), list(cells[5]));
    }

    private static List<String> list(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).toList();
    }
}
