package org.dossier.indexer.internal.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A parser with a step of our own around its parse: the step looks at the document (its metadata, its context) and
 * calls the parser, or does not, or takes what it throws. One decorator for every such step, each a lambda where it
 * is needed ({@link ArchiveLimits}, {@link DeclaredMailCharsets}, {@link PstExtraction}).
 */
final class AroundParse extends ParserDecorator {

    /** The parse as decorated; {@code parser} is the parser decorated, for the step to call. */
    @FunctionalInterface
    interface Step extends Serializable { // a Tika parser is serializable, and so is a decorator of one
        void parse(Parser parser, InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException, SAXException, TikaException;
    }

    private final Step step;

    AroundParse(Parser parser, Step step) {
        super(parser);
        this.step = step;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        step.parse(getWrappedParser(), stream, handler, metadata, context);
    }
}
