package nl.waardevol.write;

/**
 * The report's colours, the same in HTML and Word: Okabe and Ito's for the stances, which stay
 * apart with the common kinds of colour-blindness, and one sequential blue scale for the heat
 * table, light to dark.
 */
final class Palette {
  static final String BLUE = "0072B2";
  static final String ORANGE = "E69F00";
  static final String GREEN = "009E73";

  private static final String[] HEAT = {
    "F7FBFF", "DEEBF7", "C6DBEF", "9ECAE1", "6BAED6", "4292C6", "2171B5", "08519C"
  };

  /** The darkest shades, on which only white text keeps a contrast of at least 4.5:1. */
  private static final int DARK = HEAT.length - 2;

  private Palette() {}

  /** The shade of a heat between 0 and 1, as RRGGBB. */
  static String heat(double heat) {
    return HEAT[step(heat)];
  }

  /** Whether text on the shade of {@code heat} is to be white. */
  static boolean whiteTextOn(double heat) {
    return step(heat) >= DARK;
  }

  private static int step(double heat) {
    return (int) Math.round(Math.max(0, Math.min(1, heat)) * (HEAT.length - 1));
  }
}
