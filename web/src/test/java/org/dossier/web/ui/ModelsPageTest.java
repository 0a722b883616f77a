package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.dossier.engine.DossierProperties;
import org.dossier.engine.EngineProperties;
import org.dossier.engine.LocalModels;
import org.dossier.engine.ModelBenchmarks;
import org.dossier.engine.gguf.HeaderOnlyModels;
import org.dossier.engine.models.ModelDigests;
import org.dossier.engine.models.ModelFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.ui.ExtendedModelMap;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The Models page rendered by Thymeleaf from the real template, over models in a home folder of the test's own (the
 * application's own bean would read the real home's models).
 */
class ModelsPageTest {

    @TempDir
    Path home;
    @TempDir
    Path dataDir;

    @Test
    void showsEachModelsFiguresAndWhetherItFits() throws Exception {
        HeaderOnlyModels.mixtureOfExperts(Files.createDirectories(home.resolve("models")).resolve("moe.gguf"));
        LocalModels models = new LocalModels(new ModelFinder(List.of(), home, home.resolve(".ollama/models")),
                ModelDigests.inDataDirectory(dataDir), 8192, 16L << 30, null, null);
        ExtendedModelMap model = new ExtendedModelMap();

        ModelBenchmarks bench = new ModelBenchmarks(EngineProperties.DEFAULTS, new DossierProperties(dataDir));

        String view = new ModelsController(models, bench).models(model);
        String html = render(view, model);

        assertThat(html).contains("Models on this machine", "moe.gguf", "qwen3moe", "Q4_K_M", "4,096",
                "yes (1.0 of 12.0 GiB)", "not computed yet", "8,192 tokens", "No runs yet");
    }

    @Test
    void showsKeptBenchRunsSideBySide() throws Exception {
        Path tiny = org.dossier.engine.gguf.TinyLlamaGguf.write(home.resolve("tiny.gguf"));
        ModelBenchmarks bench = new ModelBenchmarks(EngineProperties.DEFAULTS, new DossierProperties(dataDir));
        bench.run(tiny, EngineProperties.Runtime.IN_PROCESS);
        LocalModels models = new LocalModels(new ModelFinder(List.of(), home, home.resolve(".ollama/models")),
                ModelDigests.inDataDirectory(dataDir), 8192, 16L << 30, null, null);
        ExtendedModelMap model = new ExtendedModelMap();

        String html = render(new ModelsController(models, bench).models(model), model);

        assertThat(html).contains("Measured on this machine", "<td>tiny.gguf</td>", "<td>in-process</td>")
                .doesNotContain("No runs yet");
    }

    private static String render(String view, ExtendedModelMap model) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        MockServletContext servlet = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servlet, "GET", "/models");
        var exchange = JakartaServletWebApplication.buildApplication(servlet)
                .buildExchange(request, new MockHttpServletResponse());
        return engine.process(view, new WebContext(exchange, Locale.ROOT, model.asMap()));
    }
}
