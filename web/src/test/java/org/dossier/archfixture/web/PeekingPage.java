package org.dossier.archfixture.web;

import org.dossier.archfixture.assistant.PeekingAssistant;
import org.dossier.archfixture.assistant.answer.HiddenStage;

/** A front end that uses the assistant's face (allowed) and one of its stages (not allowed). */
public class PeekingPage {

    public Object render() {
        return new PeekingAssistant() != null ? new HiddenStage() : null;
    }
}
