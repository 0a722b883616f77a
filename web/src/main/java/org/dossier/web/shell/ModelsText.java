package org.dossier.web.shell;

import java.util.List;
import java.util.Locale;

import org.dossier.engine.GgufModelFacts;
import org.dossier.engine.LocalModel;
import org.dossier.engine.MemoryFit;
import org.springframework.stereotype.Component;

/**
 * {@code models} as text: per file, what its header says and whether it fits this machine, one fact a line so that
 * the README can explain each. Memory in GiB (2^30 bytes), as machines are sold ("a 24 GB Mac" has 24 GiB).
 */
@Component
public class ModelsText {

    public String render(List<LocalModel> models, int contextSize) {
        if (models.isEmpty()) {
            return "No GGUF models found in ~/models, LM Studio's or llama.cpp's folders, or Ollama's — put one in "
                    + "~/models, or name your folder in dossier.engine.model-folders";
        }
        StringBuilder out = new StringBuilder();
        for (LocalModel model : models) {
            out.append(model.fileName()).append("  (").append(model.where()).append(")\n");
            if (model.problem() != null) {
                out.append("  cannot use it: ").append(model.problem()).append("\n\n");
                continue;
            }
            facts(out, model.facts());
            if (model.fit() != null) {
                fit(out, model.fit(), contextSize);
            }
            out.append("  sha256           ").append(model.sha256() == null ? "not computed yet" : model.sha256())
                    .append(model.pin() == null ? "" : model.pin() == LocalModel.Pin.MATCHES ? "  (matches the pin)"
                            : "  (DIFFERS from dossier.engine.chat-model-sha256: Dossier will not run it)")
                    .append("\n\n");
        }
        return out.toString().stripTrailing();
    }

    private static void facts(StringBuilder out, GgufModelFacts facts) {
        out.append("  architecture     ").append(facts.architecture());
        if (facts.mixtureOfExperts()) {
            out.append(", mixture of experts: ").append(facts.expertUsedCount()).append(" of ")
                    .append(facts.expertCount()).append(" experts per token");
        }
        out.append('\n').append("  parameters       ").append(count(facts.parameters()));
        if (facts.mixtureOfExperts()) {
            out.append(" total, ").append(count(facts.activeParameters())).append(" active per token");
        }
        out.append('\n').append("  quantization     ").append(facts.fileType()).append(", file ")
                .append(gib(facts.fileSize())).append('\n')
                .append("  trained context  ").append(tokens(facts.trainedContext())).append('\n')
                .append("  chat template    ").append(facts.hasChatTemplate() ? "yes" : "no (not a chat model, "
                        + "or the server must be given one)").append('\n');
    }

    private static void fit(StringBuilder out, MemoryFit fit, int contextSize) {
        out.append("  memory at %s  %s weights + %s KV cache + %s overhead = %s%n".formatted(tokens(contextSize),
                gib(fit.weightBytes()), gib(fit.kvCacheBytes()), gib(fit.overheadBytes()), gib(fit.neededBytes())));
        out.append("  this machine     %s usable of %s: %s%n".formatted(gib(fit.usableBytes()),
                gib(fit.physicalBytes()), fit.fits() ? "fits" : "does NOT fit at this context"));
        out.append("  largest context  ").append(fit.largestContext() == 0 ? "none: the weights alone do not fit"
                : tokens(fit.largestContext()) + " fit beside the weights").append('\n');
    }

    private static String tokens(long tokens) {
        return String.format(Locale.ROOT, "%,d tokens", tokens);
    }

    private static String count(long parameters) {
        return parameters >= 1e9 ? String.format(Locale.ROOT, "%.2f B", parameters / 1e9)
                : parameters >= 1e6 ? String.format(Locale.ROOT, "%.1f M", parameters / 1e6)
                : String.format(Locale.ROOT, "%,d", parameters);
    }

    static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
}
