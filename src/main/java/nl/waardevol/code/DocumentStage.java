package nl.waardevol.code;

import java.util.Collection;
import java.util.List;
import nl.waardevol.read.Document;

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

  /**
   * The same for a transcript's passages, with the document they are passages of.
   *
   * @param document the document as segmented, whose text the passages' offsets point into
   * @param speakerLabels every line-start label that may name someone
   * @param interviewerLabels those of them that are interviewer labels
   */
  default List<CodedPassage> apply(
      Document document,
      List<String> speakerLabels,
      List<String> interviewerLabels,
      List<CodedPassage> passages) {
    return apply(passages, speakerLabels);
  }
}
