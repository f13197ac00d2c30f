package tdlab.family.mixture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tdlab.family.Outcome;
import tdlab.family.TaskFamily;
import tdlab.family.TaskSection;
import tdlab.family.TaskTheory;
import tdlab.model.ModelSpec;
import tdlab.model.TrainableModel;
import tdlab.model.mha.MultiHeadClassifier;
import tdlab.model.mha.MultiHeadClassifierConfig;
import tdlab.task.Batch;
import tdlab.task.ConfigException;
import tdlab.task.mixture.TokenizedMixtureTask;

/**
 * Deora et al.'s tokenized mixtures (S5, science.md §5; the paper setting reconstructed: its constants are ours):
 * the data of the multi-head attention classifier, trained full-batch on a fixed training set and evaluated on a
 * fixed test set.
 */
public final class TokenizedMixtureFamily implements TaskFamily<TokenizedMixtureTask> {
    private static final TokenizedMixtureTaskSection SECTION = new TokenizedMixtureTaskSection();

    @Override
    public String type() {
        return TokenizedMixtureTask.TYPE;
    }

    @Override
    public String title() {
        return "tokenized mixture (multi-head attention)";
    }

    @Override
    public Class<TokenizedMixtureTask> taskClass() {
        return TokenizedMixtureTask.class;
    }

    @Override
    public TaskSection<TokenizedMixtureTask> section() {
        return SECTION;
    }

    @Override
    public MixtureTheory theory(TokenizedMixtureTask task, Batch validation) {
        return new MixtureTheory(task);
    }

    /**
     * The loss (training and test: the validation set is the test set), the relevant-token mass over time with the
     * test error, each head's attention over a chosen test sequence, the heads sweep, the parameters and the loss
     * plane. The generic attention map and the chain panels are left out: every token is a vector, and the head
     * attention panel marks the relevant ones.
     */
    @Override
    public List<String> panels(TokenizedMixtureTask task, ModelSpec model) {
        return List.of("loss", "relevance", "headattention", "headsweep", "parameters", "plane");
    }

    /**
     * {@link MixtureKeys}: the loss and error on the whole training set and on the test set (the validation batch),
     * the relevant-token mass, mean and per head. One forward pass per sequence of each set.
     */
    @Override
    public Map<String, Double> series(TokenizedMixtureTask task, TaskTheory theory, TrainableModel model,
                                      double[] params, Batch validation, double validationLoss) {
        if (!(model instanceof MultiHeadClassifier m)) {
            return Map.of();
        }
        MixtureEvaluation train = MixtureEvaluation.of(m, params, task.trainingSet());
        MixtureEvaluation test = MixtureEvaluation.of(m, params, validation);
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(MixtureKeys.TRAIN_LOSS, train.loss());
        out.put(MixtureKeys.TEST_LOSS, test.loss());
        out.put(MixtureKeys.TRAIN_ERROR, train.error());
        out.put(MixtureKeys.TEST_ERROR, test.error());
        out.put(MixtureKeys.RELEVANT_MASS, test.mass());
        for (int h = 0; h < test.headMass().length; h++) {
            out.put(MixtureKeys.headMass(h + 1), test.headMass()[h]);
        }
        return out;
    }

    @Override
    public Map<String, Object> measures(TokenizedMixtureTask task, TaskTheory theory, Outcome outcome) {
        return MixtureMeasures.of((MixtureTheory) theory, outcome); // this family's own theory
    }

    /** The classifier reads T tokens of width d: the task's. */
    @Override
    public void checkModel(TokenizedMixtureTask task, ModelSpec model) {
        ConfigException.require(model instanceof MultiHeadClassifierConfig, "model.type", "a "
                + TokenizedMixtureTask.TYPE + " task is classified as a whole sequence of vectors; it runs on the"
                + " multi_head_classifier model, not " + model.kind());
        MultiHeadClassifierConfig c = (MultiHeadClassifierConfig) model;
        ConfigException.require(c.dim() == task.dim(), "model.dim", "must be the task's dim d = " + task.dim()
                + ", got " + c.dim());
        ConfigException.require(c.tokens() == task.tokens(), "model.tokens", "must be the task's tokens T = "
                + task.tokens() + ", got " + c.tokens());
    }
}
