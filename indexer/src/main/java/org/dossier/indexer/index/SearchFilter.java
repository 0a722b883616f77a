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
 * What a search is limited to; every part is optional.
 *
 * @param sourceId  one source
 * @param mediaType a media type or its prefix ({@code application/pdf}, {@code message/})
 * @param from      dated on or after
 * @param to        dated before
 * @param sender    a word of the sender's name or address
 */
public record SearchFilter(@Nullable Long sourceId, @Nullable String mediaType, @Nullable Instant from,
                           @Nullable Instant to, @Nullable String sender) {

    public static final SearchFilter NONE = new SearchFilter(null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The filter as a Lucene query that only restricts (it never scores). */
    Query toQuery(DossierAnalyzer analyzer) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        if (sourceId != null) {
            builder.add(new TermQuery(new Term(IndexFields.SOURCE_ID, sourceId.toString())), BooleanClause.Occur.FILTER);
        }
        if (mediaType != null) {
            builder.add(new PrefixQuery(new Term(IndexFields.MEDIA_TYPE, mediaType)), BooleanClause.Occur.FILTER);
        }
        if (from != null || to != null) {
            long lower = from == null ? Long.MIN_VALUE : from.toEpochMilli();
            long upper = to == null ? Long.MAX_VALUE : to.toEpochMilli() - 1;
            builder.add(LongField.newRangeQuery(IndexFields.DATE, lower, upper), BooleanClause.Occur.FILTER);
        }
        if (sender != null) {
            analyzer.tokens(sender).forEach(token -> builder.add(
                    new TermQuery(new Term(IndexFields.AUTHOR, token.term())), BooleanClause.Occur.FILTER));
        }
        return builder.build();
    }
}
