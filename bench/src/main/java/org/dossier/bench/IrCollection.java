package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A classic test collection: documents, queries, relevance judgments. Each folder of {@code eval-data/ir} has its
 * own file names, query numbering and judgment layout, read here by one loader per collection; see the README of
 * each folder.
 *
 * @param queries query text by the id the judgments use
 * @param grading how judgments became gains, to print with the results
 */
record IrCollection(String name, List<Document> documents, Map<Integer, String> queries, Judgments judgments,
                    String grading) {

    /** One document: its id in the judgments, a title (may be empty) and its text. */
    record Document(long id, String title, String text) {
    }

    static IrCollection load(String name, Path dir) throws IOException {
        return switch (name) {
            case "cran" -> cranfield(dir);
            case "cisi" -> cisi(dir);
            case "med" -> medline(dir);
            default -> throw new IllegalArgumentException("no loader for the collection '" + name + "'");
        };
    }

    /**
     * Cranfield. Query ids in {@code cranqrel} are the ordinal positions of the queries in {@code cran.qry}, not
     * their {@code .I} numbers (which skip). Codes follow Cleverdon's definitions in {@code cranqrel.readme}: 1 is a
     * complete answer, 4 minimum interest, -1 no interest; so gain = 5 - code (1 -> 4 ... 4 -> 1), -1 -> 0.
     * The {@code .W} text of Cranfield already begins with the title; the title goes to Dossier's title field too,
     * as a file's title would.
     */
    private static IrCollection cranfield(Path dir) throws IOException {
        List<Document> documents = SmartRecords.read(dir.resolve("cran.all.1400")).stream()
                .map(r -> new Document(Long.parseLong(r.id()), r.field("T"), r.field("W"))).toList();
        Map<Integer, String> queries = new LinkedHashMap<>();
        List<SmartRecords.SmartRecord> queryRecords = SmartRecords.read(dir.resolve("cran.qry"));
        for (int i = 0; i < queryRecords.size(); i++) {
            queries.put(i + 1, queryRecords.get(i).field("W"));
        }
        Judgments judgments = new Judgments();
        for (String[] columns : columns(dir.resolve("cranqrel"))) {
            int code = Integer.parseInt(columns[2]);
            judgments.add(Integer.parseInt(columns[0]), Long.parseLong(columns[1]), code >= 1 && code <= 4 ? 5 - code : 0);
        }
        return new IrCollection("cran", documents, queries, judgments,
                "graded, Cleverdon's reading: gain = 5 - code (1=complete answer -> 4 ... 4=minimum interest -> 1), -1 -> 0");
    }

    /** CISI. Binary judgments {@code <qid> <docid> 0 0.000000}; only 76 of the 112 queries are judged. */
    private static IrCollection cisi(Path dir) throws IOException {
        List<Document> documents = SmartRecords.read(dir.resolve("CISI.ALL")).stream()
                .map(r -> new Document(Long.parseLong(r.id()), r.field("T"), r.field("W"))).toList();
        Judgments judgments = new Judgments();
        for (String[] columns : columns(dir.resolve("CISI.REL"))) {
            judgments.add(Integer.parseInt(columns[0]), Long.parseLong(columns[1]), 1);
        }
        return new IrCollection("cisi", documents, queriesById(dir.resolve("CISI.QRY")), judgments,
                "binary (listed = relevant); query text is the .W field");
    }

    /** Medline. Title and abstract run together in {@code .W}; judgments in TREC layout {@code <qid> 0 <docid> <rel>}. */
    private static IrCollection medline(Path dir) throws IOException {
        List<Document> documents = SmartRecords.read(dir.resolve("MED.ALL")).stream()
                .map(r -> new Document(Long.parseLong(r.id()), "", r.field("W"))).toList();
        Judgments judgments = new Judgments();
        for (String[] columns : columns(dir.resolve("MED.REL"))) {
            judgments.add(Integer.parseInt(columns[0]), Long.parseLong(columns[2]), Integer.parseInt(columns[3]));
        }
        return new IrCollection("med", documents, queriesById(dir.resolve("MED.QRY")), judgments, "binary (MED.REL)");
    }

    private static Map<Integer, String> queriesById(Path file) throws IOException {
        Map<Integer, String> queries = new LinkedHashMap<>();
        SmartRecords.read(file).forEach(r -> queries.put(Integer.parseInt(r.id()), r.field("W")));
        return queries;
    }

    private static List<String[]> columns(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+")).toList();
    }
}
