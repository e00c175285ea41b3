package nl.waardevol.aggregate;

import java.util.List;

/**
 * What a reader should see first: the themes valued in most regions, and where roles differ most.
 *
 * @param regions how many regions the corpus has
 * @param themes three to five codes valued in the most regions (fewer if fewer codes are valued)
 * @param roleDifferences codes whose share of valuing documents differs most between two roles
 */
public record Summary(int regions, List<Theme> themes, List<RoleDifference> roleDifferences) {
  public static final int MIN_THEMES = 3;
  public static final int MAX_THEMES = 5;
  public static final int DIFFERENCES = 3;

  public Summary {
    themes = List.copyOf(themes);
    roleDifferences = List.copyOf(roleDifferences);
  }

  /** A code valued in {@code regions} regions. */
  public record Theme(String codeId, String lensId, int regions, Count valued) {}

  /** A code the role {@code most} values in a larger share of its documents than {@code least}. */
  public record RoleDifference(String codeId, String lensId, RoleShare most, RoleShare least) {}

  /** {@code documents} of the role's {@code roleDocuments} documents value the code. */
  public record RoleShare(String role, int documents, int roleDocuments) {
    public double share() {
      return roleDocuments == 0 ? 0 : (double) documents / roleDocuments;
    }

    public int percent() {
      return (int) Math.round(100 * share());
    }
  }
}
