package nl.waardevol.code;

import java.io.IOException;
import nl.waardevol.learn.Prediction;

/** Receives coded passages one at a time, in input order, so no stage holds a whole corpus. */
@FunctionalInterface
public interface PassageSink {
  void accept(CodedPassage passage) throws IOException;

  /**
   * A passage the pipeline coded, with what the model decided for it (null when the rules alone
   * coded it); a sink that needs the decisions themselves overrides this instead of coding again.
   */
  default void accept(CodedPassage passage, Prediction prediction) throws IOException {
    accept(passage);
  }
}
