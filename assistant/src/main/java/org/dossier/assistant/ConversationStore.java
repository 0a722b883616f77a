package org.dossier.assistant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Conversations and their turns in H2. A turn's citations are kept as one JSON snapshot (see V2__conversations). */
public final class ConversationStore {

    static final int TITLE_CHARS = 200;
    private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    /** Two questions added to one conversation at once must not take the same ordinal. */
    private final Object appending = new Object();

    public ConversationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A new, empty conversation titled by its first question. */
    public long start(String firstQuestion) {
        Instant now = Instant.now();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO conversation (title, created_at, updated_at) VALUES (?, ?, ?)")
                .params(title(firstQuestion), utc(now), utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Adds an answer as the conversation's next turn. */
    public Turn append(long conversationId, Answer answer) {
        Instant now = Instant.now();
        synchronized (appending) {
            int ordinal = jdbc.sql("SELECT COALESCE(MAX(ordinal), 0) + 1 FROM turn WHERE conversation_id = ?")
                    .param(conversationId).query(Integer.class).single();
            jdbc.sql("""
                            INSERT INTO turn (conversation_id, ordinal, question, standalone_question, answer_text,
                                mode, notice, citations, asked_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(conversationId, ordinal, answer.question(), answer.standaloneQuestion(), answer.text(),
                            answer.mode().name(), answer.notice(), json.writeValueAsString(answer.citations()),
                            utc(now))
                    .update();
            jdbc.sql("UPDATE conversation SET updated_at = ? WHERE id = ?").params(utc(now), conversationId).update();
            return new Turn(ordinal, answer.question(), answer.standaloneQuestion(), answer.text(), answer.mode(),
                    answer.notice(), answer.citations(), now);
        }
    }

    /** Every conversation, the most recently continued first. */
    public List<ConversationSummary> list() {
        return jdbc.sql("""
                        SELECT c.id, c.title, c.created_at, c.updated_at,
                               (SELECT COUNT(*) FROM turn t WHERE t.conversation_id = c.id) AS turns
                        FROM conversation c ORDER BY c.updated_at DESC, c.id DESC""")
                .query((rs, row) -> new ConversationSummary(rs.getLong("id"), rs.getString("title"),
                        instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("turns")))
                .list();
    }

    public Optional<Conversation> find(long id) {
        return jdbc.sql("SELECT id, title, created_at, updated_at FROM conversation WHERE id = ?").param(id)
                .query((rs, row) -> new Conversation(rs.getLong("id"), rs.getString("title"),
                        instant(rs, "created_at"), instant(rs, "updated_at"), List.of()))
                .optional()
                .map(found -> new Conversation(found.id(), found.title(), found.createdAt(), found.updatedAt(),
                        turns(id)));
    }

    /** The conversation, or a {@link NoSuchConversationException} that says how to find one. */
    public Conversation get(long id) {
        return find(id).orElseThrow(() -> new NoSuchConversationException(id));
    }

    /** Removes a conversation and its turns (cascade); false when there was none. */
    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM conversation WHERE id = ?").param(id).update() > 0;
    }

    private List<Turn> turns(long conversationId) {
        return jdbc.sql("""
                        SELECT ordinal, question, standalone_question, answer_text, mode, notice, citations, asked_at
                        FROM turn WHERE conversation_id = ? ORDER BY ordinal""")
                .param(conversationId)
                .query(this::turn)
                .list();
    }

    private Turn turn(ResultSet rs, int row) throws SQLException {
        return new Turn(rs.getInt("ordinal"), rs.getString("question"), rs.getString("standalone_question"),
                rs.getString("answer_text"), AnswerMode.valueOf(rs.getString("mode")), rs.getString("notice"),
                json.readerFor(CITATIONS).readValue(withLocations(rs.getString("citations"))), instant(rs, "asked_at"));
    }

    /**
     * Snapshots written before slides and sheets say {@code "page": 3} where later ones say
     * {@code "location": {"kind": "PAGE", "number": 3}}; a snapshot is never rewritten, so it is read the new way.
     */
    private JsonNode withLocations(String citations) {
        JsonNode tree = json.readTree(citations);
        for (JsonNode citation : tree) {
            if (citation instanceof ObjectNode fields && fields.has("page")) {
                JsonNode page = fields.remove("page");
                if (!fields.has("location") && page.isInt() && page.intValue() > 0) {
                    fields.putObject("location").put("kind", "PAGE").put("number", page.intValue());
                }
            }
        }
        return tree;
    }

    private static String title(String question) {
        String oneLine = question.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= TITLE_CHARS ? oneLine : oneLine.substring(0, TITLE_CHARS - 1) + "…";
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
