package tdlab.family.mixture;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tdlab.family.TaskSection;
import tdlab.json.JsonFields;
import tdlab.task.mixture.TokenizedMixtureTask;

/**
 * {@code "task": {"type": "tokenized_mixture", "dim", "tokens", "relevant_share", "irrelevant_means", "signal",
 * "noise", "train_size", "test_size", "seed"}}: d, T, ζ, M, S, σ, n_train, n_test and the sets' seed. A field left
 * out takes S5's value ({@link TokenizedMixtureTask#s5()}); the writer writes every field.
 */
final class TokenizedMixtureTaskSection implements TaskSection<TokenizedMixtureTask> {
    static final String DIM = "dim";
    static final String TOKENS = "tokens";
    static final String RELEVANT_SHARE = "relevant_share";
    static final String IRRELEVANT_MEANS = "irrelevant_means";
    static final String SIGNAL = "signal";
    static final String NOISE = "noise";
    static final String TRAIN_SIZE = "train_size";
    static final String TEST_SIZE = "test_size";
    static final String SEED = "seed";

    @Override
    public TokenizedMixtureTask read(JsonFields f) {
        TokenizedMixtureTask d = TokenizedMixtureTask.s5();
        Integer dim = f.integer(DIM, d.dim(), 1, TokenizedMixtureTask.MAX_DIM);
        Integer tokens = f.integer(TOKENS, d.tokens(), 2, TokenizedMixtureTask.MAX_TOKENS);
        Double share = f.number(RELEVANT_SHARE, d.relevantShare(), -1e6, 1e6); // the record says "(0, 1]"
        Integer means = f.integer(IRRELEVANT_MEANS, d.irrelevantMeans(), 1, TokenizedMixtureTask.MAX_DIM - 2);
        Double signal = f.number(SIGNAL, d.signal(), 0, 1e3);
        Double noise = f.number(NOISE, d.noise(), 0, 1e3);
        Integer train = f.integer(TRAIN_SIZE, d.trainSize(), 2, TokenizedMixtureTask.MAX_SET);
        Integer test = f.integer(TEST_SIZE, d.testSize(), 1, TokenizedMixtureTask.MAX_SET);
        Long seed = f.longValue(SEED, d.seed());
        f.rejectUnknown();
        if (dim == null || tokens == null || share == null || means == null || signal == null || noise == null
                || train == null || test == null || seed == null) {
            return null;
        }
        return JsonFields.guard(f.problems(), () -> new TokenizedMixtureTask(dim, tokens, share, means, signal, noise,
                train, test, seed));
    }

    @Override
    public void write(TokenizedMixtureTask task, ObjectNode n) {
        n.put(TYPE, TokenizedMixtureTask.TYPE);
        n.put(DIM, task.dim());
        n.put(TOKENS, task.tokens());
        n.put(RELEVANT_SHARE, task.relevantShare());
        n.put(IRRELEVANT_MEANS, task.irrelevantMeans());
        n.put(SIGNAL, task.signal());
        n.put(NOISE, task.noise());
        n.put(TRAIN_SIZE, task.trainSize());
        n.put(TEST_SIZE, task.testSize());
        n.put(SEED, task.seed());
    }
}
