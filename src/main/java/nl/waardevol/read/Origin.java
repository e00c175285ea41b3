package nl.waardevol.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a document was read: what {@code inspect} shows, and what its format knows for certain about
 * speakers.
 *
 * @param format the file format
 * @param encoding how its bytes were decoded ({@code UTF-8}, {@code windows-1252}, ...), or the
 *     container's for .docx and .odt
 * @param speakers labels the format marks as speakers (a caption's voice, a bold name in Word), so
 *     they count even when they occur only once
 * @param interviewerLabels labels the format marks as the interviewer's (a survey's question)
 * @param details what else the reader found or chose, as shown by {@code inspect}, in order
 * @param notes what the reader changed that the user should be told, once per file, on stderr
 */
public record Origin(
    Format format,
    String encoding,
    List<String> speakers,
    List<String> interviewerLabels,
    Map<String, String> details,
    List<String> notes) {
  public Origin {
    speakers = List.copyOf(speakers);
    interviewerLabels = List.copyOf(interviewerLabels);
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    notes = List.copyOf(notes);
  }

  public Origin(
      Format format,
      String encoding,
      List<String> speakers,
      List<String> interviewerLabels,
      Map<String, String> details) {
    this(format, encoding, speakers, interviewerLabels, details, List.of());
  }

  /** A plain text file: every speaker label is found in the text itself. */
  public static Origin text(String encoding) {
    return new Origin(Format.TEXT, encoding, List.of(), List.of(), Map.of());
  }
}
