package nl.waardevol.code;

import java.util.Collection;
import java.util.List;

/**
 * Work on one document's coded passages that the pipeline runs on its worker threads, after coding
 * and before the passages are handed on in order, such as pseudonymising them. Called from several
 * threads at once, each time with all passages of one document.
 */
@FunctionalInterface
public interface DocumentStage {
  DocumentStage NONE = (passages, speakerLabels) -> passages;

  /**
   * @param passages every passage of the document, in order
   * @param speakerLabels every speaker label of the document, the interviewer's too (whose turns
   *     are no passages); for a coded table the passages' speakers
   */
  List<CodedPassage> apply(List<CodedPassage> passages, Collection<String> speakerLabels);
}
