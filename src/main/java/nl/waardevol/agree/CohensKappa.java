package nl.waardevol.agree;

import java.util.OptionalDouble;

/**
 * Cohen's kappa for two coders: κ = (p_o − p_e) / (1 − p_e), the agreement beyond what the two
 * coders' own frequencies would give by chance (J. Cohen 1960, A Coefficient of Agreement for
 * Nominal Scales). Not defined where chance alone already gives full agreement (p_e = 1), as when
 * both coders put every unit in one category.
 */
public final class CohensKappa {
  private CohensKappa() {}

  /**
   * From a square table: {@code table[i][j]} units that the first coder put in i, the second in j.
   */
  public static OptionalDouble of(long[][] table) {
    long total = 0;
    long agreeing = 0;
    long[] rows = new long[table.length];
    long[] columns = new long[table.length];
    for (int i = 0; i < table.length; i++) {
      if (table[i].length != table.length) {
        throw new IllegalArgumentException("the table must be square");
      }
      for (int j = 0; j < table.length; j++) {
        total += table[i][j];
        rows[i] += table[i][j];
        columns[j] += table[i][j];
      }
      agreeing += table[i][i];
    }
    long chanceProducts = 0;
    for (int i = 0; i < table.length; i++) {
      chanceProducts += rows[i] * columns[i];
    }
    // p_e = chanceProducts / total², compared exactly so that p_e = 1 is never missed by rounding.
    if (total == 0 || chanceProducts == total * total) {
      return OptionalDouble.empty();
    }
    double observed = (double) agreeing / total;
    double chance = (double) chanceProducts / ((double) total * total);
    return OptionalDouble.of((observed - chance) / (1 - chance));
  }
}
