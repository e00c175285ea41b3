package nl.waardevol.learn;

/**
 * Agreement on one yes/no label (a lens, a code): the four cells of its 2×2 table and the usual
 * figures from them. Undefined figures (nothing predicted, nothing to find) are NaN.
 */
public record BinaryScore(
    int truePositive, int falsePositive, int falseNegative, int trueNegative) {
  public static final BinaryScore EMPTY = new BinaryScore(0, 0, 0, 0);

  /** This score with one more pair of (expected, predicted). */
  public BinaryScore add(boolean expected, boolean predicted) {
    return new BinaryScore(
        truePositive + (expected && predicted ? 1 : 0),
        falsePositive + (!expected && predicted ? 1 : 0),
        falseNegative + (expected && !predicted ? 1 : 0),
        trueNegative + (!expected && !predicted ? 1 : 0));
  }

  public int total() {
    return truePositive + falsePositive + falseNegative + trueNegative;
  }

  public double precision() {
    return ratio(truePositive, truePositive + falsePositive);
  }

  public double recall() {
    return ratio(truePositive, truePositive + falseNegative);
  }

  public double f1() {
    return ratio(2.0 * truePositive, 2.0 * truePositive + falsePositive + falseNegative);
  }

  /** Cohen's κ of the 2×2 table: (observed − chance agreement) / (1 − chance agreement). */
  public double kappa() {
    double n = total();
    if (n == 0) {
      return Double.NaN;
    }
    double observed = (truePositive + trueNegative) / n;
    double expectedYes = (truePositive + falseNegative) / n * ((truePositive + falsePositive) / n);
    double expectedNo = (falsePositive + trueNegative) / n * ((falseNegative + trueNegative) / n);
    double chance = expectedYes + expectedNo;
    return chance == 1 ? Double.NaN : (observed - chance) / (1 - chance);
  }

  private static double ratio(double part, double whole) {
    return whole == 0 ? Double.NaN : part / whole;
  }
}
