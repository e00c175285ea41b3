package nl.waardevol.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.waardevol.read.SpeakerName;

/**
 * Recognises a speaker label at the start of a line: {@code I:}, {@code Ouder:}, {@code Moeder van
 * Sam:}, {@code [00:01:23] Daan:}, and in a redacted copy {@code [NAAM-1]:} and {@code Juf
 * [NAAM-5]:}. A label is one to four words and at most 40 characters.
 *
 * @param label the label without time stamp
 * @param time the time stamp before the label, without brackets; empty when there is none
 * @param textStart offset in the line where the turn's text begins
 */
record SpeakerLine(String label, String time, int textStart) {
  /** A pseudonymised name, {@code [NAAM-1]}: a redacted copy keeps its speakers. */
  private static final String PLACEHOLDER = SpeakerName.PLACEHOLDER;

  private static final Pattern LABEL =
      Pattern.compile(
          "^\\s*(?:\\[?(\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?)\\]?\\s+)?"
              + "((?:\\p{L}[\\p{L}\\p{N}.'’-]*|"
              + PLACEHOLDER
              + ")"
              + "(?: (?:[\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*|"
              + PLACEHOLDER
              + ")){0,3})"
              + "\\s*:(?:\\s+|$)");
  private static final int MAX_LABEL = 40;

  /** In any case: the segmenter compares labels in lower case. */
  private static final Pattern HAS_PLACEHOLDER =
      Pattern.compile("\\[\\p{L}[\\p{L}\\p{N}-]*-\\p{N}+\\]");

  /** A label with a placeholder in it: a redacted copy's speaker, whose name was replaced. */
  static boolean hasPlaceholder(String label) {
    return label.indexOf('[') >= 0 && HAS_PLACEHOLDER.matcher(label).find();
  }

  static SpeakerLine parse(String line) {
    if (line.indexOf(':') < 0) {
      return null;
    }
    Matcher matcher = LABEL.matcher(line);
    if (!matcher.find() || matcher.group(2).length() > MAX_LABEL) {
      return null;
    }
    String time = matcher.group(1) == null ? "" : matcher.group(1);
    return new SpeakerLine(matcher.group(2), time, matcher.end());
  }
}
