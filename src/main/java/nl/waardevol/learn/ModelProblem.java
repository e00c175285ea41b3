package nl.waardevol.learn;

/** A model stream that cannot be used: not a model, damaged, or for another codebook. */
public final class ModelProblem extends Exception {
  private static final long serialVersionUID = 1L;

  public ModelProblem(String message) {
    super(message);
  }
}
