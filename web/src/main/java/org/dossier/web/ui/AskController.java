package org.dossier.web.ui;

import org.dossier.assistant.answer.AnswerService;
import org.dossier.assistant.status.StatusService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Ask page. Works without JavaScript (a plain form GET renders the whole page); with htmx the answer alone is
 * fetched and swapped in.
 */
@Controller
class AskController {

    private final AnswerService answers;
    private final StatusService status;
    private final SnippetHtml snippetHtml;

    AskController(AnswerService answers, StatusService status, SnippetHtml snippetHtml) {
        this.answers = answers;
        this.status = status;
        this.snippetHtml = snippetHtml;
    }

    @GetMapping("/")
    String ask(@RequestParam(name = "q", required = false) String question,
               @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", question == null ? "" : question);
        model.addAttribute("snippets", snippetHtml);
        if (question != null && !question.isBlank()) {
            model.addAttribute("answer", answers.ask(question));
        }
        if (htmx != null) {
            return "ask :: answer";
        }
        model.addAttribute("counts", status.status().counts());
        return "ask";
    }

    @GetMapping("/library")
    String library(Model model) {
        model.addAttribute("status", status.status());
        return "library";
    }
}
