package org.dossier.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The levers' rows and verdicts for retrieval-quality: per lever and collection, the figure of the setting chosen
 * on the other two collections (held out), beside the hybrid as it is and the plain BM25 + bge-small reference; and
 * whether the lever may become Dossier's default (the setting chosen on all three not below the hybrid on any, and
 * every held-out figure not below it either).
 */
final class LeverReport {

    private LeverReport() {
    }

    /** One collection's lever grids, the hybrid they start from, and the reference figure for its hybrid. */
    record Collection(String name, Map<String, Map<String, RetrievalLevers.Score>> levers, double reference) {
    }

    static void add(List<Collection> collections, List<BenchResult.Row> rows, Map<String, Object> summary) {
        if (collections.isEmpty()) {
            return;
        }
        List<String> all = collections.stream().map(Collection::name).toList();
        for (String lever : collections.getFirst().levers().keySet()) {
            Map<String, Map<String, RetrievalLevers.Score>> grids = new LinkedHashMap<>();
            collections.forEach(c -> grids.put(c.name(), c.levers().get(lever)));
            List<HoldOut.Rotation> rotations = HoldOut.rotate(grids);
            boolean heldOutHolds = !rotations.isEmpty() && rotations.stream().allMatch(HoldOut.Rotation::holds);
            for (HoldOut.Rotation rotation : rotations) {
                Collection held = collections.stream().filter(c -> c.name().equals(rotation.heldOut()))
                        .findFirst().orElseThrow();
                rows.add(row(rotation.heldOut() + " / lever: " + lever + ", held out (chosen on "
                        + String.join("+", rotation.tunedOn()) + ": " + rotation.setting() + ")",
                        rotation.heldOutScore(), rotation.hybridScore(), held.reference()));
            }
            printGrid(lever, grids);
            String chosen = HoldOut.best(grids, all);
            boolean notBelowAnywhere = true;
            for (Collection c : collections) {
                Map<String, RetrievalLevers.Score> grid = c.levers().get(lever);
                RetrievalLevers.Score hybrid = grid.values().iterator().next();
                notBelowAnywhere &= grid.get(chosen).ndcg() >= hybrid.ndcg();
                rows.add(row(c.name() + " / lever: " + lever + ", chosen on all (not held out: " + chosen + ")",
                        grid.get(chosen), hybrid, c.reference()));
            }
            summary.put(lever + ": setting chosen on " + String.join("+", all), chosen);
            summary.put(lever + ": held-out nDCG@10 not below the hybrid in every rotation", heldOutHolds);
            summary.put(lever + ": chosen setting not below the hybrid on any collection", notBelowAnywhere);
            summary.put(lever + ": adopt as default (both of the above, and not the hybrid as it is)",
                    heldOutHolds && notBelowAnywhere && !chosen.equals(grids.get(all.getFirst()).keySet()
                            .iterator().next()));
        }
    }

    /** A short grid's every setting on every collection, on the run's log: what the rotations chose among. */
    private static void printGrid(String lever, Map<String, Map<String, RetrievalLevers.Score>> grids) {
        Map<String, RetrievalLevers.Score> first = grids.values().iterator().next();
        if (first.size() > 40) {
            return;
        }
        for (String setting : first.keySet()) {
            StringBuilder line = new StringBuilder("[retrieval-quality] grid " + lever + " / " + setting + ":");
            grids.forEach((name, grid) -> line.append(String.format(java.util.Locale.ROOT, " %s %.4f", name,
                    grid.get(setting).ndcg())));
            System.err.println(line);
        }
    }

    private static BenchResult.Row row(String label, RetrievalLevers.Score score, RetrievalLevers.Score hybrid,
                                       double reference) {
        Map<String, Number> cells = new LinkedHashMap<>();
        cells.put("nDCG@10", score.ndcg());
        cells.put("recall@100", score.recall());
        cells.put("hybrid nDCG@10", hybrid.ndcg());
        cells.put("reference nDCG@10", reference);
        return new BenchResult.Row(label, cells);
    }
}
