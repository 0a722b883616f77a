package org.dossier.assistant;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.assistant.answer.Answerability;
import org.dossier.assistant.answer.EvidenceReader;
import org.dossier.assistant.answer.GroundedAnswerer;
import org.dossier.assistant.answer.PromptTemplates;
import org.dossier.assistant.answer.SourceDiversity;
import org.dossier.assistant.bridge.BridgePrompt;
import org.dossier.assistant.bridge.BridgingRound;
import org.dossier.assistant.conversation.FollowUpRewriter;
import org.dossier.assistant.conversation.FollowUps;
import org.dossier.assistant.conversation.RewritePrompt;
import org.dossier.assistant.retrieve.Highlighter;
import org.dossier.assistant.retrieve.HybridSearch;
import org.dossier.assistant.retrieve.Reranking;
import org.dossier.assistant.retrieve.Retriever;
import org.dossier.engine.ChatEngine;
import org.dossier.engine.EmbeddingEngine;
import org.dossier.engine.Reranker;
import org.dossier.indexer.DocumentCatalog;
import org.dossier.indexer.PassageSearch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssistantProperties.class)
class AssistantConfiguration {

    /** The prompts a user edits when running from the project folder, as Spring reads ./config/application.yml. */
    private static final Path PROJECT_PROMPTS = Path.of("config", "prompts");

    @Bean
    Retriever retriever(PassageSearch index, DocumentCatalog catalog, AssistantProperties properties,
                        @Lazy ObjectProvider<EmbeddingEngine> embeddings, ObjectProvider<Reranker> reranker) {
        Reranking reranking = new Reranking(reranker.getIfAvailable(), properties.rerankCandidates());
        return new Retriever(new HybridSearch(index, embeddings.getIfAvailable(), reranking), catalog,
                new Highlighter(index.analyzer(), properties.snippetChars()));
    }

    /** Loaded and checked at start-up: a broken prompt stops Dossier with a message, not a model call later. */
    @Bean
    PromptTemplates promptTemplates(AssistantProperties properties) {
        return PromptTemplates.load(promptsFolder(properties));
    }

    /** Checked at start-up like the answer prompts. */
    @Bean
    RewritePrompt rewritePrompt(AssistantProperties properties) {
        return RewritePrompt.load(promptsFolder(properties));
    }

    /** Checked at start-up like the answer prompts, whether the second round is on or not. */
    @Bean
    BridgePrompt bridgePrompt(AssistantProperties properties) {
        return BridgePrompt.load(promptsFolder(properties));
    }

    private static Path promptsFolder(AssistantProperties properties) {
        Path folder = properties.promptsDir();
        if (folder == null && Files.isDirectory(PROJECT_PROMPTS)) {
            folder = PROJECT_PROMPTS;
        }
        return folder;
    }

    @Bean
    GroundedAnswerer groundedAnswerer(ChatEngine chatEngine, PromptTemplates templates, AssistantProperties properties) {
        return new GroundedAnswerer(chatEngine, templates, properties.answerTokens(),
                new SourceDiversity(properties.passagesPerDocument()));
    }

    @Bean
    AnswerService answerService(Retriever retriever, AssistantProperties properties) {
        return new AnswerService(retriever, properties);
    }

    @Bean
    ConversationStore conversationStore(JdbcClient jdbc, JsonMapper json) {
        return new ConversationStore(jdbc, json);
    }

    @Bean
    FollowUpRewriter followUpRewriter(ChatEngine chatEngine, RewritePrompt prompt, PassageSearch index) {
        return new FollowUpRewriter(chatEngine, prompt, index.analyzer());
    }

    /** The one path from a question to its checked, cited answer. */
    @Bean
    Ask ask(ConversationStore store, FollowUpRewriter rewriter, Retriever retriever, GroundedAnswerer grounded,
            ChatEngine chatEngine, PassageSearch index, BridgePrompt bridgePrompt, AssistantProperties properties) {
        EvidenceReader evidence = new EvidenceReader(index.analyzer(), Answerability.Rule.BEST_FEW);
        return new Ask(store, new FollowUps(rewriter, chatEngine), retriever,
                new BridgingRound(properties.secondRound(), chatEngine, bridgePrompt, evidence,
                        properties.minimumCoverage()),
                new Answerability(evidence, properties.answerabilityRule(), index::passageCount), grounded, chatEngine,
                new Ask.Limits(properties.answerCandidates(), properties.answerPassages(), properties.modelWait()));
    }

    @Bean
    MarkdownExport markdownExport() {
        return new MarkdownExport();
    }
}
