package org.dossier.web.doctor;

/**
 * The index and the catalog are committed together, so the passages the catalog records for its indexed documents
 * are the passages the index holds. A difference means one of them was changed or restored without the other.
 */
record IndexCatalogCheck(long documents, long catalogPassages, long indexPassages) {

    Check run() {
        String what = "index and catalog";
        String found = "%d documents indexed, %d passages in the catalog, %d in the index".formatted(documents,
                catalogPassages, indexPassages);
        if (catalogPassages != indexPassages) {
            return Check.failed(what, found, "they disagree: stop Dossier, delete the data directory's index and "
                    + "catalog folders and run index again (the documents themselves are untouched)");
        }
        return Check.passed(what, found);
    }
}
