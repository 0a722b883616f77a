package org.dossier.web.ui;

import org.dossier.engine.LocalModels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Models page: what {@code models} lists, without computing SHA-256s a page cannot wait for. */
@Controller
class ModelsController {

    private final LocalModels models;

    ModelsController(LocalModels models) {
        this.models = models;
    }

    @GetMapping("/models")
    String models(Model model) {
        model.addAttribute("models", models.list(false));
        model.addAttribute("contextSize", models.contextSize());
        return "models";
    }
}
