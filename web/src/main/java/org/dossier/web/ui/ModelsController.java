package org.dossier.web.ui;

import org.dossier.engine.LocalModels;
import org.dossier.engine.ModelBenchmarks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Models page: what {@code models} lists, without computing SHA-256s a page cannot wait for, and the results
 * of {@code models bench} kept in the data directory.
 */
@Controller
class ModelsController {

    private final LocalModels models;
    private final ModelBenchmarks benchmarks;

    ModelsController(LocalModels models, ModelBenchmarks benchmarks) {
        this.models = models;
        this.benchmarks = benchmarks;
    }

    @GetMapping("/models")
    String models(Model model) {
        model.addAttribute("models", models.list(false));
        model.addAttribute("contextSize", models.contextSize());
        model.addAttribute("bench", benchmarks.stored());
        return "models";
    }
}
