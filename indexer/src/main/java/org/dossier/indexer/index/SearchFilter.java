package org.dossier.indexer.index;

import java.time.Instant;

import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * What a search is limited to; every part is optional. Start from {@link #NONE} and add parts with the
 * {@code with…} methods.
 *
 * @param sourceId  one source
 * @param mediaType a media type or its prefix ({@code application/pdf}, {@code message/})
 * @param from      dated on or after
 * @param to        dated before
 * @param sender    words of the sender's name or address (all must match)
 * @param recipient words of a recipient's name or address, To or Cc (all must match, in any one recipient or across)
 * @param messageId one message, by its Message-ID (angle brackets optional)
 * @param inReplyTo the replies to a message, by its Message-ID
 * @param thread    a whole conversation: the message with this Message-ID and every message that refers to it
 * @param path      a file or folder within a source, as a prefix of the path relative to the source folder
 *                  ({@code contracts/}, {@code mail/harbour-finance.mbox})
 */
public record SearchFilter(@Nullable Long sourceId, @Nullable String mediaType, @Nullable Instant from,
                           @Nullable Instant to, @Nullable String sender, @Nullable String recipient,
                           @Nullable String messageId, @Nullable String inReplyTo, @Nullable String thread,
                           @Nullable String path) {

    public static final SearchFilter NONE = new SearchFilter(null, null, null, null, null, null, null, null, null,
            null);

    public SearchFilter {
        sender = blankToNull(sender);
        recipient = blankToNull(recipient);
        messageId = bareId(messageId);
        inReplyTo = bareId(inReplyTo);
        thread = bareId(thread);
        path = relativePath(path);
    }

    public SearchFilter withSender(@Nullable String words) {
        return new SearchFilter(sourceId, mediaType, from, to, words, recipient, messageId, inReplyTo, thread, path);
    }

    public SearchFilter withRecipient(@Nullable String words) {
        return new SearchFilter(sourceId, mediaType, from, to, sender, words, messageId, inReplyTo, thread, path);
    }

    public SearchFilter withMessageId(@Nullable String id) {
        return new SearchFilter(sourceId, mediaType, from, to, sender, recipient, id, inReplyTo, thread, path);
    }

    public SearchFilter withInReplyTo(@Nullable String id) {
        return new SearchFilter(sourceId, mediaType, from, to, sender, recipient, messageId, id, thread, path);
    }

    public SearchFilter withThread(@Nullable String id) {
        return new SearchFilter(sourceId, mediaType, from, to, sender, recipient, messageId, inReplyTo, id, path);
    }

    public SearchFilter withPath(@Nullable String prefix) {
        return new SearchFilter(sourceId, mediaType, from, to, sender, recipient, messageId, inReplyTo, thread, prefix);
    }

    public SearchFilter withMediaType(@Nullable String type) {
        return new SearchFilter(sourceId, blankToNull(type), from, to, sender, recipient, messageId, inReplyTo, thread,
                path);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The filter as a Lucene query that only restricts (it never scores). */
    Query toQuery(DossierAnalyzer analyzer) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        if (sourceId != null) {
            filter(builder, new TermQuery(new Term(IndexFields.SOURCE_ID, sourceId.toString())));
        }
        if (mediaType != null) {
            filter(builder, new PrefixQuery(new Term(IndexFields.MEDIA_TYPE, mediaType)));
        }
        if (path != null) {
            filter(builder, new PrefixQuery(new Term(IndexFields.PATH, path)));
        }
        if (from != null || to != null) {
            long lower = from == null ? Long.MIN_VALUE : from.toEpochMilli();
            long upper = to == null ? Long.MAX_VALUE : to.toEpochMilli() - 1;
            filter(builder, LongField.newRangeQuery(IndexFields.DATE, lower, upper));
        }
        if (sender != null) {
            analyzer.tokens(sender).forEach(token -> filter(builder, new TermQuery(new Term(IndexFields.AUTHOR, token.term()))));
        }
        if (recipient != null) {
            analyzer.tokens(recipient).forEach(token ->
                    filter(builder, new TermQuery(new Term(IndexFields.RECIPIENT, token.term()))));
        }
        if (messageId != null) {
            filter(builder, new TermQuery(new Term(IndexFields.MESSAGE_ID, messageId)));
        }
        if (inReplyTo != null) {
            filter(builder, new TermQuery(new Term(IndexFields.IN_REPLY_TO, inReplyTo)));
        }
        if (thread != null) {
            filter(builder, new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.MESSAGE_ID, thread)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(IndexFields.IN_REPLY_TO, thread)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(IndexFields.REFERENCES, thread)), BooleanClause.Occur.SHOULD)
                    .build());
        }
        return builder.build();
    }

    private static void filter(BooleanQuery.Builder builder, Query query) {
        builder.add(query, BooleanClause.Occur.FILTER);
    }

    private static @Nullable String blankToNull(@Nullable String words) {
        return words == null || words.isBlank() ? null : words.strip();
    }

    /** Paths are indexed relative to the source folder, '/'-separated, without a leading '/'. */
    private static @Nullable String relativePath(@Nullable String path) {
        String relative = blankToNull(path);
        if (relative == null) {
            return null;
        }
        relative = relative.replace('\\', '/');
        while (relative.startsWith("/") || relative.startsWith("./")) {
            relative = relative.substring(relative.startsWith("/") ? 1 : 2);
        }
        return relative.isEmpty() ? null : relative;
    }

    /** Message-IDs are indexed without their angle brackets; people paste them with. */
    private static @Nullable String bareId(@Nullable String id) {
        String bare = blankToNull(id);
        if (bare != null && bare.startsWith("<") && bare.endsWith(">")) {
            bare = blankToNull(bare.substring(1, bare.length() - 1));
        }
        return bare;
    }
}
