package nl.waardevol.text;

/**
 * Keeps spreadsheets from running cell text as a formula: a cell that starts with {@code =}, {@code
 * +}, {@code -}, {@code @}, a tab or a line break gets a leading apostrophe, which spreadsheets
 * hide and {@code waardevol} strips again when it reads the table back. A cell that already starts
 * with an apostrophe before such a character, or before another apostrophe, gets one too, so that
 * every cell reads back as written ({@code 't was} stays as it is).
 */
public final class SpreadsheetSafe {
  private SpreadsheetSafe() {}

  public static String cell(String value) {
    return isGuard(value) || !value.isEmpty() && isTrigger(value.charAt(0)) ? "'" + value : value;
  }

  /** Undoes {@link #cell(String)}. */
  public static String uncell(String value) {
    return isGuard(value) ? value.substring(1) : value;
  }

  /** An apostrophe before a trigger or another apostrophe: what {@link #cell} puts in front. */
  private static boolean isGuard(String value) {
    return value.length() > 1
        && value.charAt(0) == '\''
        && (isTrigger(value.charAt(1)) || value.charAt(1) == '\'');
  }

  /** A carriage return is read back as \n, as every line break waardevol reads, so both count. */
  private static boolean isTrigger(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
  }
}
