package nl.waardevol.code;

import java.io.IOException;

/** Receives coded passages one at a time, in input order, so no stage holds a whole corpus. */
@FunctionalInterface
public interface PassageSink {
  void accept(CodedPassage passage) throws IOException;
}
