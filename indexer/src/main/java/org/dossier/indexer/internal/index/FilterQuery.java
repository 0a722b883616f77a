package org.dossier.indexer.internal.index;

import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dossier.indexer.SearchFilter;

/** A {@link SearchFilter} as a Lucene query that only restricts (it never scores). */
final class FilterQuery {

    private FilterQuery() {
    }

    static Query of(SearchFilter filter, PassageAnalyzer analyzer) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        if (filter.sourceId() != null) {
            filter(builder, new TermQuery(new Term(IndexFields.SOURCE_ID, filter.sourceId().toString())));
        }
        if (filter.mediaType() != null) {
            filter(builder, new PrefixQuery(new Term(IndexFields.MEDIA_TYPE, filter.mediaType())));
        }
        if (filter.path() != null) {
            filter(builder, new PrefixQuery(new Term(IndexFields.PATH, filter.path())));
        }
        if (filter.from() != null || filter.to() != null) {
            long lower = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochMilli();
            long upper = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochMilli() - 1;
            filter(builder, LongField.newRangeQuery(IndexFields.DATE, lower, upper));
        }
        if (filter.sender() != null) {
            analyzer.tokens(filter.sender()).forEach(token ->
                    filter(builder, new TermQuery(new Term(IndexFields.AUTHOR, token.term()))));
        }
        if (filter.recipient() != null) {
            analyzer.tokens(filter.recipient()).forEach(token ->
                    filter(builder, new TermQuery(new Term(IndexFields.RECIPIENT, token.term()))));
        }
        if (filter.messageId() != null) {
            filter(builder, new TermQuery(new Term(IndexFields.MESSAGE_ID, filter.messageId())));
        }
        if (filter.inReplyTo() != null) {
            filter(builder, new TermQuery(new Term(IndexFields.IN_REPLY_TO, filter.inReplyTo())));
        }
        if (filter.thread() != null) {
            filter(builder, new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.MESSAGE_ID, filter.thread())), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(IndexFields.IN_REPLY_TO, filter.thread())), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(IndexFields.REFERENCES, filter.thread())), BooleanClause.Occur.SHOULD)
                    .build());
        }
        return builder.build();
    }

    private static void filter(BooleanQuery.Builder builder, Query query) {
        builder.add(query, BooleanClause.Occur.FILTER);
    }
}
