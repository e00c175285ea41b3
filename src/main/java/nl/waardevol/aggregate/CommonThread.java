package nl.waardevol.aggregate;

import java.util.List;

/** A code valued in at least half of the regions. */
public record CommonThread(String codeId, String lensId, List<String> regions, Count valued) {
  public CommonThread {
    regions = List.copyOf(regions);
  }
}
