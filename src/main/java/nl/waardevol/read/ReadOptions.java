package nl.waardevol.read;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;

/**
 * How to read inputs, from the command line.
 *
 * @param encoding the encoding of every text file, or null to detect it per file
 * @param textColumns the open-question columns of survey tables; empty to find them by their text
 * @param idColumn the respondent column of survey tables; null to look for a usual name
 * @param interviewerLabels the codebook's and the command line's interviewer labels, which a Word
 *     or OpenDocument table row or bold name is taken as a speaker by even when it occurs once
 * @param personalIds which survey ids would name someone, with redaction on
 */
public record ReadOptions(
    Charset encoding,
    List<String> textColumns,
    String idColumn,
    Set<String> interviewerLabels,
    PersonalIds personalIds) {
  public static final ReadOptions DEFAULTS =
      new ReadOptions(null, List.of(), null, Set.of(), PersonalIds.NONE);

  public ReadOptions {
    textColumns = List.copyOf(textColumns);
    interviewerLabels = Set.copyOf(interviewerLabels);
  }

  public ReadOptions withInterviewerLabels(Set<String> labels) {
    return new ReadOptions(encoding, textColumns, idColumn, labels, personalIds);
  }

  public ReadOptions withPersonalIds(PersonalIds ids) {
    return new ReadOptions(encoding, textColumns, idColumn, interviewerLabels, ids);
  }
}
