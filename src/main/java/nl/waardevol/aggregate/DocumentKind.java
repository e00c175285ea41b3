package nl.waardevol.aggregate;

import java.util.Locale;
import java.util.Set;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.read.survey.SurveyReader;

/**
 * What a document is, so that a report does not count a survey's respondents as interviews: by its
 * {@code type} metadata (a survey table gives {@code survey}), else by its text: notes have no
 * speaker labels.
 */
public enum DocumentKind {
  INTERVIEW,
  NOTES,
  SURVEY_RESPONDENT;

  private static final Set<String> SURVEYS = Set.of(SurveyReader.SURVEY_TYPE, "enquete", "enquête");
  private static final Set<String> NOTES_TYPES =
      Set.of("werkatelier", "workshop", "notes", "notities", "verslag", "aantekeningen");

  /** The kind of the document a passage (its first) comes from. */
  static DocumentKind of(CodedPassage passage) {
    String type = passage.metadata("type").strip().toLowerCase(Locale.ROOT);
    if (SURVEYS.contains(type)) {
      return SURVEY_RESPONDENT;
    }
    if (NOTES_TYPES.contains(type)) {
      return NOTES;
    }
    if (type.equals("interview")) {
      return INTERVIEW;
    }
    return passage.speaker().isEmpty() ? NOTES : INTERVIEW;
  }
}
