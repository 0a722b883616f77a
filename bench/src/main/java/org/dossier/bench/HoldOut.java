package org.dossier.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Choosing a lever's setting without scoring it on what it was chosen on: for each collection in turn, the setting
 * with the best mean nDCG@10 over the <em>other</em> collections (each collection counting alike, however many
 * queries it has) is scored on the held-out one. A tie keeps the earlier setting of the grid, whose first is
 * Dossier's hybrid as it is, so a lever that helps nowhere comes out as "off".
 */
final class HoldOut {

    private HoldOut() {
    }

    /** What one rotation chose and scored. */
    record Rotation(String heldOut, List<String> tunedOn, String setting, RetrievalLevers.Score heldOutScore,
                    RetrievalLevers.Score hybridScore) {

        boolean holds() {
            return heldOutScore.ndcg() >= hybridScore.ndcg();
        }
    }

    /**
     * Every rotation of one lever.
     *
     * @param grids per collection, the lever's settings in grid order with their scores (the first: the hybrid)
     */
    static List<Rotation> rotate(Map<String, Map<String, RetrievalLevers.Score>> grids) {
        List<Rotation> rotations = new ArrayList<>();
        if (grids.size() < 2) {
            return rotations;
        }
        for (String heldOut : grids.keySet()) {
            List<String> tunedOn = grids.keySet().stream().filter(name -> !name.equals(heldOut)).toList();
            String best = best(grids, tunedOn);
            Map<String, RetrievalLevers.Score> held = grids.get(heldOut);
            rotations.add(new Rotation(heldOut, tunedOn, best, held.get(best), held.values().iterator().next()));
        }
        return rotations;
    }

    /** The setting with the best mean nDCG@10 over the given collections; the earliest of equals. */
    static String best(Map<String, Map<String, RetrievalLevers.Score>> grids, List<String> collections) {
        Map<String, Double> means = new LinkedHashMap<>();
        for (String setting : grids.get(collections.getFirst()).keySet()) {
            means.put(setting, collections.stream()
                    .mapToDouble(name -> grids.get(name).get(setting).ndcg()).average().orElseThrow());
        }
        String best = null;
        for (Map.Entry<String, Double> entry : means.entrySet()) {
            if (best == null || entry.getValue() > means.get(best)) {
                best = entry.getKey();
            }
        }
        return best;
    }
}
