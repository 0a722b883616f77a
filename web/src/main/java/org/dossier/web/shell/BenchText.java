package org.dossier.web.shell;

import java.util.List;
import java.util.Locale;

import org.dossier.engine.BenchResult;
import org.springframework.stereotype.Component;

/** {@code models bench} as a table, one run a row, so that two quantizations read side by side. */
@Component
public class BenchText {

    private static final String ROW = "%-34s %-12s %-8s %9s %6s %15s %13s %9s %9s %11s%n";

    public String render(List<BenchResult> results) {
        StringBuilder out = new StringBuilder(ROW.formatted("model", "runtime", "quant", "size", "prompt",
                "prompt t/s", "gen t/s", "1st token", "peak mem", "seam/server"));
        for (BenchResult r : results) {
            out.append(ROW.formatted(cut(r.file()), r.runtime(), r.quantization(), ModelsText.gib(r.fileSize()),
                    r.promptTokens(), speed(r.promptTokensPerSecond()) + server(r.serverPromptTokensPerSecond()),
                    speed(r.generationTokensPerSecond()) + server(r.serverGenerationTokensPerSecond()),
                    String.format(Locale.ROOT, "%.0f ms", r.timeToFirstTokenMillis()),
                    r.peakResidentBytes() == null ? "n/a" : ModelsText.gib(r.peakResidentBytes()),
                    r.seamServerRatio() == null ? "n/a" : String.format(Locale.ROOT, "%.2f", r.seamServerRatio())));
        }
        for (BenchResult r : results) {
            if (r.selfCheck() != null) {
                out.append("answers  ").append(cut(r.file())).append(' ').append(r.at()).append(": ")
                        .append(r.selfCheck().summary()).append('\n');
            }
        }
        return out.append("t/s: tokens per second at Dossier's engine seam (the server's own figure in brackets); "
                + "seam/server: the share of the server's generation speed Dossier delivers; answers: "
                + "the self-check on sample-docs — expected sources cited and words present (of the answerable "
                + "questions), citation numbers valid, quotes verified, answered or refused as the corpus allows")
                .toString();
    }

    private static String speed(double tokensPerSecond) {
        return String.format(Locale.ROOT, "%.1f", tokensPerSecond);
    }

    private static String server(Double tokensPerSecond) {
        return tokensPerSecond == null ? "" : String.format(Locale.ROOT, " (%.1f)", tokensPerSecond);
    }

    private static String cut(String name) {
        return name.length() <= 34 ? name : name.substring(0, 33) + "…";
    }
}
