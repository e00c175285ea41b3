package nl.waardevol.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.learn.Model;
import nl.waardevol.learn.ModelFormat;
import nl.waardevol.learn.ModelInfo;
import nl.waardevol.learn.ModelProblem;
import nl.waardevol.read.InputProblem;
import picocli.CommandLine.Option;

/**
 * Which learned model codes beside the rules: {@code --model FILE}, the model shipped for the
 * codebook (by default), or none ({@code --rules-only}).
 */
final class ModelOptions {
  /** Where the models shipped for the shipped codebooks lie, by codebook id. */
  private static final String SHIPPED = "/nl/waardevol/models/%s.model";

  @ReadsFile
  @Option(
      names = "--model",
      paramLabel = "FILE",
      description =
          "A model 'waardevol train' wrote, to code with beside the rules. Default: the model "
              + "shipped for the codebook, if there is one.")
  String path;

  @Option(
      names = "--rules-only",
      description = "Code with the codebook's rules alone, without a learned model.")
  boolean rulesOnly;

  /** The model to code with, or null for the rules alone. */
  Model load(Codebook codebook, Consumer<String> warnings) throws InputProblem {
    if (rulesOnly && path != null) {
      throw new InputProblem("--model and --rules-only exclude each other; give one");
    }
    if (rulesOnly) {
      return null;
    }
    if (path != null) {
      Model model = read(path);
      String misfit = misfit(model.info(), codebook);
      if (misfit != null) {
        throw new InputProblem(path, 0, misfit);
      }
      stale(model.info(), codebook, path).ifPresent(warnings);
      return model;
    }
    return shipped(codebook, warnings);
  }

  private static Model read(String path) throws InputProblem {
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      return ModelFormat.read(in, path);
    } catch (NoSuchFileException e) {
      throw new InputProblem(path, 0, "does not exist; give a model file 'waardevol train' wrote");
    } catch (ModelProblem e) {
      throw new InputProblem(e.getMessage());
    } catch (IOException e) {
      throw new InputProblem(path, 0, "cannot be read (" + e.getMessage() + ")");
    }
  }

  /** The model shipped for this codebook, when there is one and it fits. */
  private static Model shipped(Codebook codebook, Consumer<String> warnings) {
    String resource = String.format(SHIPPED, codebook.id());
    try (InputStream in = ModelOptions.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      Model model = ModelFormat.read(in, "the shipped model for " + codebook.id());
      String misfit = misfit(model.info(), codebook);
      if (misfit != null) {
        warnings.accept(
            "this codebook "
                + codebook.id()
                + " has other codes than the one the shipped model learned, so the rules alone code;"
                + " train a model for it with 'waardevol train'");
        return null;
      }
      stale(model.info(), codebook, "the shipped model").ifPresent(warnings);
      return model;
    } catch (IOException | ModelProblem e) {
      throw new IllegalStateException("the shipped model is part of the build", e);
    }
  }

  /** Why a model cannot code with this codebook, or null when it can. */
  private static String misfit(ModelInfo info, Codebook codebook) {
    if (!info.codebookId().equals(codebook.id())) {
      return "was trained for codebook "
          + info.codebookId()
          + ", not "
          + codebook.id()
          + "; train a model for "
          + codebook.id()
          + " with 'waardevol train', or code with --codebook "
          + info.codebookId();
    }
    if (!info.lensOfCode().equals(codebook.categoryOfCode())) {
      return "was trained for another version of codebook "
          + codebook.id()
          + " with other codes or lenses; train it again on this codebook";
    }
    return null;
  }

  /** A warning when the codebook's terms changed since the model was trained. */
  private static java.util.Optional<String> stale(ModelInfo info, Codebook codebook, String path) {
    if (info.codebookHash().equals(codebook.hash())) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        path
            + " was trained with codebook "
            + info.codebook()
            + "; this one is "
            + codebook.version()
            + " (sha256 "
            + codebook.hash()
            + "), whose terms differ, so the model's figures may not hold; train a model on this"
            + " codebook with 'waardevol train', or code with --rules-only");
  }
}
