package org.dossier.bench;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded synthetic unit vectors shaped like sentence embeddings rather than spread uniformly over the sphere
 * (uniform vectors are HNSW's worst case and quantization's too, and nothing like real embeddings): the embeddings of
 * one collection sit in a narrow cone, where even unrelated passages score well above 0, and gather in topics,
 * sub-topics and stories. Each vector is {@code normalise(shared + topic + subTopic + story + noise)}, the parts
 * independent random directions with fixed weights, the noise weight drawn per passage between
 * {@link #PASSAGE_NOISE_MIN} and {@link #PASSAGE_NOISE_MAX} (some passages close to their story, some far, so near
 * neighbours are spread out as real ones are, not all tied).
 *
 * <p>A query is a fresh draw from a random story, never one of the passages, with more noise
 * ({@link #QUERY_NOISE}): a question is near the passages that answer it, but worded differently. The weights were
 * set so that, at 100k vectors, the mean cosine of random passage pairs, of a query to its best passage and to its
 * 10th best come close to bge-small's on Cranfield (0.68, 0.81, 0.74; the benchmark prints both).
 */
final class ClusteredVectors {

    private static final double SHARED = 0.83;
    private static final double TOPIC = 0.25;
    private static final double SUB_TOPIC = 0.25;
    private static final double STORY = 0.33;
    private static final double PASSAGE_NOISE_MIN = 0.20;
    private static final double PASSAGE_NOISE_MAX = 0.40;
    private static final double QUERY_NOISE = 0.62;

    private final int dimensions;
    private final int subTopicsPerTopic;
    private final int storiesPerSubTopic;
    private final long seed;
    private final float[] shared;
    private final float[][] topics;
    private final float[][] subTopics;
    private final float[][] stories;

    ClusteredVectors(long seed, int dimensions, int topics, int subTopicsPerTopic, int storiesPerSubTopic) {
        this.seed = seed;
        this.dimensions = dimensions;
        this.subTopicsPerTopic = subTopicsPerTopic;
        this.storiesPerSubTopic = storiesPerSubTopic;
        SplittableRandom random = new SplittableRandom(seed);
        this.shared = direction(random);
        this.topics = directions(random, topics);
        this.subTopics = directions(random, topics * subTopicsPerTopic);
        this.stories = directions(random, topics * subTopicsPerTopic * storiesPerSubTopic);
    }

    /** Passage {@code n}: the same vector for the same seed and number, whatever else was drawn. */
    float[] passage(long n) {
        SplittableRandom random = new SplittableRandom(seed * 31 + 1_000_003L + n * 0x9E3779B97F4A7C15L);
        return draw(random, PASSAGE_NOISE_MIN + (PASSAGE_NOISE_MAX - PASSAGE_NOISE_MIN) * random.nextDouble());
    }

    /** Query {@code n}: a fresh, noisier point of a random story. */
    float[] query(long n) {
        return draw(new SplittableRandom(seed * 31 + 2_000_006L + n * 0x9E3779B97F4A7C15L), QUERY_NOISE);
    }

    /** What a synthetic set is, for the result's parameters. */
    static String description(int topics, int subTopicsPerTopic, int storiesPerSubTopic) {
        return String.format(Locale.ROOT, "normalise(%.2f shared + %.2f topic + %.2f sub-topic + %.2f story + "
                        + "%.2f..%.2f noise), independent random unit directions, %d topics x %d sub-topics x %d "
                        + "stories; queries: a random story + %.2f noise", SHARED, TOPIC, SUB_TOPIC, STORY,
                PASSAGE_NOISE_MIN, PASSAGE_NOISE_MAX, topics, subTopicsPerTopic, storiesPerSubTopic,
                QUERY_NOISE);
    }

    private float[] draw(SplittableRandom random, double noiseWeight) {
        int story = random.nextInt(stories.length);
        int subTopic = story / storiesPerSubTopic;
        int topic = subTopic / subTopicsPerTopic;
        float[] noise = direction(random);
        float[] vector = new float[dimensions];
        double norm = 0;
        for (int i = 0; i < dimensions; i++) {
            double value = SHARED * shared[i] + TOPIC * topics[topic][i] + SUB_TOPIC * subTopics[subTopic][i]
                    + STORY * stories[story][i] + noiseWeight * noise[i];
            vector[i] = (float) value;
            norm += value * value;
        }
        return scaledToUnit(vector, norm);
    }

    private float[][] directions(SplittableRandom random, int count) {
        float[][] directions = new float[count][];
        for (int i = 0; i < count; i++) {
            directions[i] = direction(random);
        }
        return directions;
    }

    /** A uniform random unit vector: Gaussian components, normalised. */
    private float[] direction(SplittableRandom random) {
        float[] vector = new float[dimensions];
        double norm = 0;
        for (int i = 0; i < dimensions; i++) {
            double u = 1 - random.nextDouble();
            double value = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
            vector[i] = (float) value;
            norm += value * value;
        }
        return scaledToUnit(vector, norm);
    }

    /** The vector divided by its length, given the sum of its squared components. */
    private static float[] scaledToUnit(float[] vector, double squaredLength) {
        float scale = (float) (1 / Math.sqrt(squaredLength));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }
}
