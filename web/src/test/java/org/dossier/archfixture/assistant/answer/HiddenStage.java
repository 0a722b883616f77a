package org.dossier.archfixture.assistant.answer;

/** A stage inside the fixture assistant, below its face. */
public class HiddenStage {
}
