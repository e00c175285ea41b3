package nl.waardevol.read;

import java.util.Locale;

/**
 * The separator of a spreadsheet export: tab for .tsv, else whichever of , ; tab its header uses
 * most.
 */
public final class Delimiter {
  private Delimiter() {}

  public static char of(String text, String fileName) {
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".tsv")) {
      return '\t';
    }
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    long semicolons = header.chars().filter(c -> c == ';').count();
    long tabs = header.chars().filter(c -> c == '\t').count();
    long commas = header.chars().filter(c -> c == ',').count();
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }
}
