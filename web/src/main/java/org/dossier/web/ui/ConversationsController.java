package org.dossier.web.ui;

import org.dossier.assistant.ConversationStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Conversations page: each stored conversation, to resume, export or delete; and the same list as the Ask page
 * shows it beside the answer.
 */
@Controller
class ConversationsController {

    private final ConversationStore store;

    ConversationsController(ConversationStore store) {
        this.store = store;
    }

    @GetMapping("/conversations")
    String list(Model model) {
        model.addAttribute("conversations", store.list());
        return "conversations";
    }

    /** The Ask page's list, reloaded by htmx when a question started a conversation; reads only. */
    @GetMapping("/conversations/list")
    String sideList(@RequestParam(name = "conversation", required = false) Long current, Model model) {
        model.addAttribute("conversations", store.list());
        model.addAttribute("currentId", current);
        return "ask :: conversation-list";
    }

    /**
     * A form POST, so that no link, prefetch or crawler deletes a conversation; then back to the list, or to a
     * fresh Ask page when it was deleted from there ({@code back=ask}: a fixed choice, never an address to go to).
     */
    @PostMapping("/conversations/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(name = "back", required = false) String back) {
        store.delete(id);
        return "ask".equals(back) ? "redirect:/" : "redirect:/conversations";
    }
}
