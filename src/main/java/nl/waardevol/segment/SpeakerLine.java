package nl.waardevol.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a speaker label at the start of a line: {@code I:}, {@code Ouder:}, {@code Moeder
 * van Sam:}, {@code [00:01:23] Daan:}. A label is one to four words and at most 40 characters.
 *
 * @param label the label without time stamp
 * @param textStart offset in the line where the turn's text begins
 */
record SpeakerLine(String label, int textStart) {
  private static final Pattern LABEL =
      Pattern.compile(
          "^\\s*(?:\\[?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?\\]?\\s+)?"
              + "(\\p{L}[\\p{L}\\p{N}.'’-]*(?: [\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*){0,3})"
              + "\\s*:(?:\\s+|$)");
  private static final int MAX_LABEL = 40;

  static SpeakerLine parse(String line) {
    if (line.indexOf(':') < 0) {
      return null;
    }
    Matcher matcher = LABEL.matcher(line);
    if (!matcher.find() || matcher.group(1).length() > MAX_LABEL) {
      return null;
    }
    return new SpeakerLine(matcher.group(1), matcher.end());
  }
}
