package org.dossier.assistant;

import java.nio.file.Path;

import org.dossier.assistant.answer.AnswerService;
import org.dossier.assistant.answer.GroundedAnswerer;
import org.dossier.assistant.answer.PromptTemplates;
import org.dossier.assistant.conversation.ConversationService;
import org.dossier.assistant.conversation.ConversationStore;
import org.dossier.assistant.conversation.FollowUpRewriter;
import org.dossier.assistant.conversation.RewritePrompt;
import org.dossier.assistant.retrieve.Highlighter;
import org.dossier.assistant.retrieve.HybridSearch;
import org.dossier.assistant.retrieve.Retriever;
import org.dossier.engine.ChatEngine;
import org.dossier.indexer.IndexerStack;
import tools.jackson.databind.json.JsonMapper;

/** The assistant as the application wires it, over the real indexer on a data directory, with a given chat model. */
public final class AssistantStack implements AutoCloseable {

    public final IndexerStack indexer;
    public final ConversationStore store;
    public final ConversationService conversations;

    public AssistantStack(Path dataDir, ChatEngine model) {
        indexer = new IndexerStack(dataDir);
        store = new ConversationStore(indexer.jdbc(), JsonMapper.builder().build());
        Retriever retriever = new Retriever(new HybridSearch(indexer.index, null), indexer.catalog,
                new Highlighter(indexer.index.analyzer(), 320));
        AnswerService answers = new AnswerService(retriever, model, indexer.index, AssistantProperties.defaults(),
                new GroundedAnswerer(model, PromptTemplates.load(null), indexer.index.analyzer(), 0.5, 256));
        conversations = new ConversationService(answers, store,
                new FollowUpRewriter(model, RewritePrompt.load(null), indexer.index.analyzer()), model);
    }

    @Override
    public void close() throws Exception {
        indexer.close();
    }
}
