package nl.waardevol.aggregate;

import java.util.List;

/**
 * What one role values most, for the roles side by side.
 *
 * @param documents the role's documents, the base of its shares
 * @param valued its most valued codes, most documents first
 */
public record RoleValues(String role, int documents, List<CodeResult> valued) {
  public static final int TOP = 5;

  public RoleValues {
    valued = List.copyOf(valued);
  }
}
