package nl.waardevol.inspect;

import java.util.List;
import java.util.Map;

/**
 * What waardevol sees in one input file, before anything is coded.
 *
 * @param file the file as named
 * @param format the format's short name ({@code docx}, {@code vtt}, ..., {@code coded-table})
 * @param formatLabel the format's name for people
 * @param encoding how its bytes were decoded; empty when unknown
 * @param details what the reader found or chose (open questions, speakers by formatting, ...)
 * @param problem why the file cannot be read; null when it can
 * @param documents the documents in it: one, or one per respondent of a survey
 */
public record Inspection(
    String file,
    String format,
    String formatLabel,
    String encoding,
    Map<String, String> details,
    String problem,
    List<DocumentView> documents) {
  /**
   * One document.
   *
   * @param languageFrom {@code metadata} or {@code text} (guessed)
   * @param turns every speaker turn; {@code interviewerTurns} of them the interviewer's
   * @param passages the number of passages that would be coded
   * @param firstPassages the first few passages
   */
  public record DocumentView(
      String id,
      String language,
      String languageFrom,
      Map<String, String> metadata,
      int turns,
      int interviewerTurns,
      List<Speaker> speakers,
      int passages,
      List<PassageView> firstPassages) {}

  /** A speaker label, how many turns it has, and whether it was taken as the interviewer. */
  public record Speaker(String label, int turns, boolean interviewer) {}

  /** A passage as it would be coded, with the time of its turn (empty when none). */
  public record PassageView(
      int number, String speaker, String time, int start, int end, String text) {}

  public boolean readable() {
    return problem == null;
  }
}
