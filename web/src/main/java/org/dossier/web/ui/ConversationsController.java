package org.dossier.web.ui;

import org.dossier.assistant.ConversationStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The Conversations page: each stored conversation, to resume, export or delete. */
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

    /** A form POST, so that no link, prefetch or crawler deletes a conversation; then back to the list. */
    @PostMapping("/conversations/{id}/delete")
    String delete(@PathVariable long id) {
        store.delete(id);
        return "redirect:/conversations";
    }
}
