package org.dossier.indexer.internal.index;

import java.time.Instant;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.dossier.indexer.Location;
import org.dossier.indexer.MailHeaders;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.internal.chunk.Passage;
import org.jspecify.annotations.Nullable;

/** Passages to Lucene documents and back. */
final class PassageDocuments {

    private PassageDocuments() {
    }

    static Document toDocument(IndexedPassage indexed, float @Nullable [] vector, @Nullable String vectorModel) {
        Passage passage = indexed.passage();
        Document doc = new Document();
        doc.add(new StringField(IndexFields.KEY, indexed.key(), Field.Store.YES));
        doc.add(new StringField(IndexFields.DOCUMENT_ID, Long.toString(indexed.documentId()), Field.Store.YES));
        doc.add(new StringField(IndexFields.SOURCE_ID, Long.toString(indexed.sourceId()), Field.Store.YES));
        doc.add(new StoredField(IndexFields.ORDINAL, passage.ordinal()));
        addLocation(doc, passage.location());
        doc.add(new StoredField(IndexFields.START, passage.start()));
        doc.add(new StoredField(IndexFields.END, passage.end()));
        doc.add(new TextField(IndexFields.TEXT, passage.text(), Field.Store.YES));
        doc.add(new TextField(IndexFields.TITLE, indexed.title(), Field.Store.YES));
        doc.add(new StringField(IndexFields.PATH, indexed.path(), Field.Store.YES));
        if (indexed.author() != null) {
            doc.add(new TextField(IndexFields.AUTHOR, indexed.author(), Field.Store.YES));
        }
        if (indexed.mail() != null) {
            addMail(doc, indexed.mail());
        }
        if (indexed.mediaType() != null) {
            doc.add(new StringField(IndexFields.MEDIA_TYPE, indexed.mediaType(), Field.Store.YES));
        }
        if (indexed.date() != null) {
            doc.add(new LongField(IndexFields.DATE, indexed.date().toEpochMilli(), Field.Store.YES));
        }
        if (vector != null && vectorModel != null) {
            doc.add(new KnnFloatVectorField(IndexFields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
            doc.add(new StringField(IndexFields.VECTOR_MODEL, vectorModel, Field.Store.YES));
        }
        return doc;
    }

    /** The passage as it is, marked as one this model could not embed, and why. */
    static Document unembeddable(IndexedPassage indexed, String model, String reason) {
        Document doc = toDocument(indexed, null, null);
        doc.add(new StringField(IndexFields.UNEMBEDDABLE_BY, model, Field.Store.YES));
        doc.add(new StoredField(IndexFields.UNEMBEDDABLE_REASON, reason));
        return doc;
    }

    private static void addLocation(Document doc, @Nullable Location location) {
        doc.add(new StoredField(IndexFields.LOCATION_NUMBER, location == null ? 0 : location.number()));
        if (location != null) {
            doc.add(new StoredField(IndexFields.LOCATION_KIND, location.kind().name()));
        }
        if (location != null && location.name() != null) {
            doc.add(new StoredField(IndexFields.LOCATION_NAME, location.name()));
        }
    }

    private static @Nullable Location location(Document doc) {
        int number = intValue(doc, IndexFields.LOCATION_NUMBER);
        if (number == 0) {
            return null;
        }
        String kind = doc.get(IndexFields.LOCATION_KIND);
        return new Location(kind == null ? Location.Kind.PAGE : Location.Kind.valueOf(kind), number,
                doc.get(IndexFields.LOCATION_NAME));
    }

    static IndexedPassage fromStored(Document doc) {
        int start = intValue(doc, IndexFields.START);
        String text = doc.get(IndexFields.TEXT);
        IndexableField date = doc.getField(IndexFields.DATE);
        return new IndexedPassage(
                Long.parseLong(doc.get(IndexFields.DOCUMENT_ID)),
                Long.parseLong(doc.get(IndexFields.SOURCE_ID)),
                new Passage(intValue(doc, IndexFields.ORDINAL), start, intValue(doc, IndexFields.END),
                        location(doc), text),
                doc.get(IndexFields.TITLE),
                doc.get(IndexFields.PATH),
                doc.get(IndexFields.MEDIA_TYPE),
                date == null ? null : Instant.ofEpochMilli(date.numericValue().longValue()),
                doc.get(IndexFields.AUTHOR),
                storedMail(doc));
    }

    private static void addMail(Document doc, MailHeaders mail) {
        for (String to : mail.to()) {
            doc.add(new StoredField(IndexFields.MAIL_TO, to));
        }
        for (String cc : mail.cc()) {
            doc.add(new StoredField(IndexFields.MAIL_CC, cc));
        }
        for (String recipient : mail.recipients()) {
            doc.add(new TextField(IndexFields.RECIPIENT, recipient, Field.Store.NO));
        }
        if (mail.messageId() != null) {
            doc.add(new StringField(IndexFields.MESSAGE_ID, mail.messageId(), Field.Store.YES));
        }
        if (mail.inReplyTo() != null) {
            doc.add(new StringField(IndexFields.IN_REPLY_TO, mail.inReplyTo(), Field.Store.YES));
        }
        for (String reference : mail.references()) {
            doc.add(new StringField(IndexFields.REFERENCES, reference, Field.Store.YES));
        }
        if (mail.folder() != null) {
            doc.add(new StoredField(IndexFields.MAIL_FOLDER, mail.folder()));
        }
    }

    /** A message's headers as stored (the sender is the author); {@code null} for a passage of anything else. */
    private static @Nullable MailHeaders storedMail(Document doc) {
        if (!MailHeaders.isMessage(doc.get(IndexFields.MEDIA_TYPE))) {
            return null;
        }
        return new MailHeaders(doc.get(IndexFields.AUTHOR), List.of(doc.getValues(IndexFields.MAIL_TO)),
                List.of(doc.getValues(IndexFields.MAIL_CC)), doc.get(IndexFields.MESSAGE_ID),
                doc.get(IndexFields.IN_REPLY_TO), List.of(doc.getValues(IndexFields.REFERENCES)),
                doc.get(IndexFields.MAIL_FOLDER));
    }

    static PassageHit toHit(Document doc, float score) {
        IndexedPassage passage = fromStored(doc);
        return new PassageHit(passage.documentId(), passage.passage().ordinal(), passage.passage().location(),
                passage.passage().start(), passage.passage().end(), passage.passage().text(), score);
    }

    private static int intValue(Document doc, String field) {
        return doc.getField(field).numericValue().intValue();
    }
}
