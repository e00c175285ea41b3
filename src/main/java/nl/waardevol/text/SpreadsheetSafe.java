package nl.waardevol.text;

/**
 * Keeps spreadsheets from running cell text as a formula: a cell that starts with {@code =}, {@code
 * +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, which
 * spreadsheets hide and {@code waardevol} strips again when it reads the table back.
 */
public final class SpreadsheetSafe {
  private SpreadsheetSafe() {}

  public static String cell(String value) {
    if (!value.isEmpty() && isTrigger(value.charAt(0))) {
      return "'" + value;
    }
    return value;
  }

  /** Undoes {@link #cell(String)}. */
  public static String uncell(String value) {
    if (value.length() > 1 && value.charAt(0) == '\'' && isTrigger(value.charAt(1))) {
      return value.substring(1);
    }
    return value;
  }

  private static boolean isTrigger(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
