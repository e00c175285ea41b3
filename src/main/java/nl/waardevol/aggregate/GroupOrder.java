package nl.waardevol.aggregate;

import java.util.Comparator;
import java.util.List;

/**
 * Orders group keys: roles in the order a report discusses them (parents, children, then
 * professionals and networks), everything else alphabetically, missing values last.
 */
final class GroupOrder implements Comparator<List<String>> {
  static final List<String> ROLES = List.of("ouder", "jongere", "kind", "professional", "netwerk");

  private final List<String> by;

  GroupOrder(List<String> by) {
    this.by = List.copyOf(by);
  }

  @Override
  public int compare(List<String> left, List<String> right) {
    for (int i = 0; i < by.size(); i++) {
      int order = compareValues(by.get(i), left.get(i), right.get(i));
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  /** Role values in report order. */
  static Comparator<String> roles() {
    return values("role");
  }

  /** Values of one key in report order, missing values last. */
  static Comparator<String> values(String key) {
    return (left, right) -> compareValues(key, left, right);
  }

  private static int compareValues(String key, String left, String right) {
    if (left.isEmpty() || right.isEmpty()) {
      return Boolean.compare(left.isEmpty(), right.isEmpty());
    }
    if (key.equals("role")) {
      int order = Integer.compare(rank(left), rank(right));
      if (order != 0) {
        return order;
      }
    }
    return left.compareTo(right);
  }

  private static int rank(String role) {
    int rank = ROLES.indexOf(role.toLowerCase(java.util.Locale.ROOT));
    return rank < 0 ? ROLES.size() : rank;
  }
}
