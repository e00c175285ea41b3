package nl.waardevol.code;

import java.util.List;

/**
 * Work on one document's coded passages that the pipeline runs on its worker threads, after
 * coding and before the passages are handed on in order, such as pseudonymising them. Called
 * from several threads at once, each time with all passages of one document.
 */
@FunctionalInterface
public interface DocumentStage {
  DocumentStage NONE = passages -> passages;

  List<CodedPassage> apply(List<CodedPassage> passages);
}
