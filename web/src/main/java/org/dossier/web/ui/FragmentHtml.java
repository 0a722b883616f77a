package org.dossier.web.ui;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a page fragment to a string, for an event stream. Spring MVC can render a view into an event itself, but
 * it splits the HTML into data lines at {@code \n} only (Spring Framework 7.0): a {@code \r} from a document or a
 * file name would then end the data line early — a browser reads a lone CR as a line break — so a planted file
 * could cut the event or make up one of its own. As a string, the event's data is split at every line break.
 */
@Component
class FragmentHtml {

    private final SpringTemplateEngine templates;

    FragmentHtml(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    /** Everything a rendering needs from the request, taken while the request is being handled. */
    Renderer forRequest(HttpServletRequest request, HttpServletResponse response) {
        IWebExchange exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        return (template, fragment, model) ->
                templates.process(template, Set.of(fragment), new WebContext(exchange, request.getLocale(), model));
    }

    @FunctionalInterface
    interface Renderer {
        String render(String template, String fragment, Map<String, Object> model);
    }
}
