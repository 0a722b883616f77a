package org.dossier.indexer;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What search results can be counted and narrowed by. A document counts under every folder it lies in (the folder
 * tree: {@code mail} and {@code mail/2024}) and under each recipient (To and Cc) of a message.
 */
public enum Facet {
    TYPE, SOURCE, FOLDER, SENDER, RECIPIENT, YEAR, MONTH;

    /** The name shown on the search page: {@code Type}, {@code Folder}… */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The name used in addresses ({@code type}, {@code folder}…). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A choice as written in an address, {@code key:value} ({@code type:application/pdf}); null if not one. */
    public static @Nullable FacetChoice parse(String keyAndValue) {
        int colon = keyAndValue.indexOf(':');
        if (colon < 1 || colon == keyAndValue.length() - 1) {
            return null;
        }
        String key = keyAndValue.substring(0, colon);
        for (Facet facet : values()) {
            if (facet.key().equals(key)) {
                return new FacetChoice(facet, keyAndValue.substring(colon + 1));
            }
        }
        return null;
    }

    /** One chosen value of a facet. */
    public record FacetChoice(Facet facet, String value) {

        /** As written in an address: {@code key:value}. */
        public String token() {
            return facet.key() + ":" + value;
        }
    }

    /** How many matching documents have a value. */
    public record Count(Facet facet, String value, long documents) {
    }
}
