package org.dossier.web.shell;

import org.dossier.engine.LocalModels;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** {@code models}: the GGUF files on this machine, what each is, and whether it fits here. */
@Component
public class ModelCommands {

    private final LocalModels models;
    private final ModelsText text;
    private final JsonMapper json;

    public ModelCommands(LocalModels models, ModelsText text, JsonMapper json) {
        this.models = models;
        this.text = text;
        this.json = json;
    }

    @Command(name = "models", group = "Models", description = "List the GGUF models on this machine: architecture, "
            + "parameters, quantization, trained context, whether each fits in memory, and its SHA-256.")
    public String models(@Option(longName = "json", description = "print JSON") boolean asJson) {
        var found = models.list();
        return asJson ? json.writeValueAsString(found) : text.render(found, models.contextSize());
    }
}
