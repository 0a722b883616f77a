package org.dossier.assistant;

import java.nio.file.Path;

import org.dossier.assistant.answer.Answerability;
import org.dossier.assistant.answer.EvidenceReader;
import org.dossier.assistant.answer.GroundedAnswerer;
import org.dossier.assistant.answer.ModelWait;
import org.dossier.assistant.answer.PromptTemplates;
import org.dossier.assistant.answer.SourceDiversity;
import org.dossier.assistant.conversation.FollowUpRewriter;
import org.dossier.assistant.conversation.FollowUps;
import org.dossier.assistant.conversation.RewritePrompt;
import org.dossier.assistant.retrieve.Highlighter;
import org.dossier.assistant.retrieve.HybridSearch;
import org.dossier.assistant.retrieve.Retriever;
import org.dossier.engine.ChatEngine;
import org.dossier.engine.EmbeddingEngine;
import org.dossier.indexer.IndexerStack;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** The assistant as the application wires it, over the real indexer on a data directory, with a given chat model. */
public final class AssistantStack implements AutoCloseable {

    public final IndexerStack indexer;
    public final ConversationStore store;
    public final Ask ask;

    public AssistantStack(Path dataDir, ChatEngine model) {
        indexer = new IndexerStack(dataDir);
        store = new ConversationStore(indexer.jdbc(), JsonMapper.builder().build());
        ask = pipeline(indexer, store, model);
    }

    /** The question-to-answer pipeline as the application wires it (keyword search only), with a given model. */
    public static Ask pipeline(IndexerStack indexer, ConversationStore store, ChatEngine model) {
        return pipeline(indexer, store, model, null);
    }

    /** The pipeline with hybrid search: keywords and, once passages carry its vectors, this embedding model. */
    public static Ask pipeline(IndexerStack indexer, ConversationStore store, ChatEngine model,
                               @Nullable EmbeddingEngine embeddings) {
        Retriever retriever = new Retriever(new HybridSearch(indexer.index, embeddings), indexer.catalog,
                new Highlighter(indexer.index.analyzer(), 320));
        AssistantProperties properties = AssistantProperties.defaults();
        return new Ask(store, new FollowUps(new FollowUpRewriter(model, RewritePrompt.load(null),
                indexer.index.analyzer()), model), retriever,
                new Answerability(new EvidenceReader(indexer.index.analyzer(), Answerability.Rule.BEST_FEW),
                        properties.answerabilityRule(), indexer.index::passageCount),
                new GroundedAnswerer(model, PromptTemplates.load(null), 256),
                new ModelWait(model, properties.modelWait()), new SourceDiversity(properties.passagesPerDocument()),
                properties.answerCandidates(), properties.answerPassages());
    }

    @Override
    public void close() throws Exception {
        indexer.close();
    }
}
