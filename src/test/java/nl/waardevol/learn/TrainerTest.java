package nl.waardevol.learn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.maxent.quasinewton.NegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.OnePassDataIndexer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

class TrainerTest {
  /** Noisy passages of many overlapping features, as lemmas and rule decisions are. */
  private static DataIndexer noisyEvents() throws Exception {
    Random random = new Random(42);
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String[] features = new String[12];
      int score = 0;
      for (int f = 0; f < features.length; f++) {
        int word = random.nextInt(400);
        features[f] = "w=" + word;
        score += word % 7 == 0 ? 1 : word % 11 == 0 ? -1 : 0;
      }
      boolean yes = score + random.nextGaussian() > 0.3;
      events.add(new Event(yes ? "1" : "0", features));
    }
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    OnePassDataIndexer indexer = new OnePassDataIndexer();
    indexer.init(parameters, new java.util.HashMap<>());
    indexer.index(ObjectStreamUtils.createObjectStream(events));
    return indexer;
  }

  private static double gradientNorm(NegLogLikelihood likelihood, double[] point) {
    double[] gradient = likelihood.gradientAt(point);
    double sum = 0;
    for (int i = 0; i < point.length; i++) {
      double g = gradient[i] + 2 * Trainer.L2_COST * point[i];
      sum += g * g;
    }
    return Math.sqrt(sum);
  }

  /**
   * The bug: OpenNLP's minimiser stopped where the objective improved by less than 1e-4 of itself,
   * far from the minimum, so one passage more moved unrelated decisions. The trainer's minimum is a
   * minimum: the penalised gradient there is far smaller than where OpenNLP stops.
   */
  @Test
  void theTrainerFindsTheMinimumOpenNlpStopsShortOf() throws Exception {
    NegLogLikelihood likelihood = new NegLogLikelihood(noisyEvents());
    double[] stopped = new QNMinimizer(0, Trainer.L2_COST, 150, 15, 30_000).minimize(likelihood);
    double[] minimum = Trainer.minimum(likelihood);
    double before = gradientNorm(likelihood, stopped);
    double after = gradientNorm(likelihood, minimum);
    assertTrue(
        after < before / 10,
        "gradient " + after + " at the trainer's, " + before + " where OpenNLP stopped");
    assertTrue(
        Trainer.penalised(likelihood, minimum) <= Trainer.penalised(likelihood, stopped),
        "the objective is no worse");
  }
}
