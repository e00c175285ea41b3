package nl.waardevol.agree;

import java.util.OptionalDouble;

/**
 * How two coders used one code over the same passages, the human coder being the reference: the
 * passages both gave it, only the human gave it, only the automatic coder gave it, and neither gave
 * it. The measures are empty where they are not defined, for example precision when the automatic
 * coder never gave the code.
 */
public record ContingencyTable(long both, long onlyHuman, long onlyAuto, long neither) {
  public static final ContingencyTable EMPTY = new ContingencyTable(0, 0, 0, 0);

  /** Counts one passage. */
  public ContingencyTable add(boolean human, boolean auto) {
    return new ContingencyTable(
        both + (human && auto ? 1 : 0),
        onlyHuman + (human && !auto ? 1 : 0),
        onlyAuto + (!human && auto ? 1 : 0),
        neither + (!human && !auto ? 1 : 0));
  }

  public ContingencyTable plus(ContingencyTable other) {
    return new ContingencyTable(
        both + other.both,
        onlyHuman + other.onlyHuman,
        onlyAuto + other.onlyAuto,
        neither + other.neither);
  }

  public long total() {
    return both + onlyHuman + onlyAuto + neither;
  }

  /** Whether either coder used the code at all. */
  public boolean used() {
    return both + onlyHuman + onlyAuto > 0;
  }

  /** Of the passages the automatic coder gave the code, the share the human gave it too. */
  public OptionalDouble precision() {
    return ratio(both, both + onlyAuto);
  }

  /** Of the passages the human gave the code, the share the automatic coder found. */
  public OptionalDouble recall() {
    return ratio(both, both + onlyHuman);
  }

  /** The harmonic mean of precision and recall, 2a / (2a + b + c). */
  public OptionalDouble f1() {
    return ratio(2 * both, 2 * both + onlyHuman + onlyAuto);
  }

  /** The share of passages on which the coders agree, given or not given. */
  public OptionalDouble agreement() {
    return ratio(both + neither, total());
  }

  public OptionalDouble kappa() {
    return CohensKappa.of(new long[][] {{both, onlyHuman}, {onlyAuto, neither}});
  }

  /** Binary nominal alpha: two coders, every passage coded by both. */
  public OptionalDouble alpha() {
    double disagreeing = onlyHuman + onlyAuto;
    return KrippendorffAlpha.fromCoincidences(
        new double[][] {{2.0 * both, disagreeing}, {disagreeing, 2.0 * neither}});
  }

  private static OptionalDouble ratio(long numerator, long denominator) {
    return denominator == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) numerator / denominator);
  }
}
