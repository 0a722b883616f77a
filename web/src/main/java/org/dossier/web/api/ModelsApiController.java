package org.dossier.web.api;

import java.util.List;

import org.dossier.engine.LocalModel;
import org.dossier.engine.LocalModels;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/models}: the GGUF models on this machine, as {@code models --json} lists them, but answering at
 * once: a SHA-256 not computed yet (the {@code models} command computes them) is {@code null}.
 */
@RestController
class ModelsApiController {

    private final LocalModels models;

    ModelsApiController(LocalModels models) {
        this.models = models;
    }

    @GetMapping("/api/models")
    List<LocalModel> models() {
        return models.list(false);
    }
}
