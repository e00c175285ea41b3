package nl.waardevol.aggregate;

import java.util.List;
import nl.waardevol.code.CodeStances;

/**
 * The passages whose confidence lay below the report's threshold while the model gave one of their
 * codes a stance: they were not counted as valued, hindered or wished, and a human should check
 * them.
 *
 * @param groups per group (in report order) how many passages, from how many documents
 * @param passages every such passage, least sure first, then by document and passage
 */
public record ToCheck(List<GroupCount> groups, List<Passage> passages) {
  public static final ToCheck NONE = new ToCheck(List.of(), List.of());

  public ToCheck {
    groups = List.copyOf(groups);
    passages = List.copyOf(passages);
  }

  /** The passages to check in one group. */
  public record GroupCount(List<String> key, Count count) {
    public GroupCount {
      key = List.copyOf(key);
    }
  }

  /**
   * One passage to check.
   *
   * @param key its group's values, one per {@code --by} key
   * @param codes the codes the model gave it, in codebook order
   * @param stances the stance the model gave each code
   * @param excerpt a short excerpt around its first code, pseudonymised as the report's quotes are;
   *     empty when the passage may not be quoted, or the report quotes nothing
   */
  public record Passage(
      List<String> key,
      String docId,
      int passage,
      double confidence,
      List<String> codes,
      CodeStances stances,
      String excerpt) {
    public Passage {
      key = List.copyOf(key);
      codes = List.copyOf(codes);
    }
  }
}
