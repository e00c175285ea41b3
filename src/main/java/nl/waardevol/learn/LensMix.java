package nl.waardevol.learn;

import java.util.Locale;

/**
 * How a lens decision weighs what speaks for the lens: the log-odds of the lens model and of the
 * lens's likeliest code, and the share of the nearest training passages that had the lens. The
 * weights are a logistic regression fitted on five folds of both training corpora pooled, each
 * writer's passages in one fold, so that the mix is a probability: a lens said to be 0.7 likely was
 * there about 7 times in 10 on writers the models had not read. The models' own probabilities are
 * surer than that, which is why their log-odds weigh little.
 */
final class LensMix {
  private static final double BIAS = -0.88;
  private static final double LENS_MODEL = 0.17;
  private static final double LIKELIEST_CODE = 0.33;
  private static final double NEIGHBOURS = 3.85;

  /** Where a probability's log-odds are cut off: a code the rules alone decide is 0 or 1. */
  private static final double SUREST = 1e-4;

  /** The probability from which a lens is given, chosen with the weights. */
  static final double THRESHOLD = 0.4;

  private LensMix() {}

  /**
   * The probability of the lens; without a neighbours' vote (the passage shares no compared word
   * with any training passage), the likelier of the lens model and its likeliest code.
   */
  static double yes(double lensModel, double likeliestCode, Double neighbours) {
    if (neighbours == null) {
      return Math.max(lensModel, likeliestCode);
    }
    double score =
        BIAS
            + LENS_MODEL * logOdds(lensModel)
            + LIKELIEST_CODE * logOdds(likeliestCode)
            + NEIGHBOURS * neighbours;
    return 1 / (1 + StrictMath.exp(-score));
  }

  private static double logOdds(double probability) {
    double p = Math.min(Math.max(probability, SUREST), 1 - SUREST);
    return StrictMath.log(p / (1 - p));
  }

  /** The rule in words, for {@code explain}. */
  static String described(int neighbourCount) {
    return String.format(
        Locale.ROOT,
        "a lens is given from %.2f: the logistic of %.2f + %.2f * the log-odds of its lens model"
            + " + %.2f * those of its likeliest code + %.2f * its share among the %d most alike"
            + " training passages",
        THRESHOLD,
        BIAS,
        LENS_MODEL,
        LIKELIEST_CODE,
        NEIGHBOURS,
        neighbourCount);
  }
}
