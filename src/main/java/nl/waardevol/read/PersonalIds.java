package nl.waardevol.read;

/**
 * Whether a survey's respondent ids would name someone, when what is read leaves the team
 * pseudonymised: then the documents are numbered by row instead.
 */
@FunctionalInterface
public interface PersonalIds {
  /** Without redaction an id may name whom it likes: the team sees the names anyway. */
  PersonalIds NONE = (column, id) -> false;

  /**
   * @param column the id column's header; @param id one of its values
   */
  boolean names(String column, String id);
}
