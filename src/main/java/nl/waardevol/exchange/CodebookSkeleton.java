package nl.waardevol.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.Term;
import nl.waardevol.codebook.ValenceLexicon;

/**
 * Turns the code tree of a QDA package into a YAML codebook skeleton for the researcher to fill:
 * top-level codes with codes beneath them become lenses (categories), every codable code below a
 * lens one of its codes (deeper levels flattened), and top-level codes without children codes of a
 * lens "overig" (other). Names become labels, ids are derived from them. A code needs at least one
 * include term to load, and the package has none to give: each code gets its own name as a phrase
 * term, marked TODO, which rarely matches until it is replaced. Interviewer labels and the valence
 * lexicon are copied from the shipped codebook of the language, so that the skeleton loads and
 * reports at once.
 */
public final class CodebookSkeleton {
  private static final String OTHER = "overig";

  private record SkeletonCode(String id, String label, String description) {}

  private record SkeletonCategory(
      String id, String label, String description, List<SkeletonCode> codes) {}

  private final ObjectMapper yaml =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .build());
  private final Set<String> ids = new HashSet<>();
  private final List<String> warnings = new ArrayList<>();

  /** What could not be taken over, for the command to warn about. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * @param tree the package's code tree
   * @param id the new codebook's id
   * @param source the file it came from, named in the header comment
   * @param shipped the shipped codebook of the skeleton's language, for interviewer labels and
   *     valence
   */
  public void write(List<QdaCode> tree, String id, String source, Codebook shipped, Writer writer)
      throws IOException {
    List<SkeletonCategory> categories = categories(tree);
    PrintWriter out = new PrintWriter(writer);
    String language = shipped.language();
    out.println("# Codebook skeleton made by waardevol from " + source + " (REFI-QDA code tree).");
    out.println(
        "# The lenses, codes, labels and descriptions come from the QDA package; the terms do not.");
    out.println("# Every code's include list holds only its own name, so that the codebook loads:");
    out.println(
        "# replace it with the words and phrases that signal the code (see the README, Codebooks),");
    out.println(
        "# add examples, and check with: waardevol codebook check "
            + id
            + ".yaml --corpus interviews/");
    out.println("id: " + scalar(id));
    out.println("version: \"0.1\"");
    out.println("language: " + language);
    out.println("title: {" + language + ": " + scalar("Imported from " + source) + "}");
    out.println(
        "# Copied from the shipped codebook " + shipped.id() + "; adjust to your interviews.");
    out.println("interviewer_labels: " + list(List.copyOf(shipped.interviewerLabels())));
    valence(shipped.valence(), out);
    out.println("categories:");
    for (SkeletonCategory category : categories) {
      out.println("  - id: " + scalar(category.id()));
      out.println("    label: {" + language + ": " + scalar(category.label()) + "}");
      if (!category.description().isEmpty()) {
        out.println("    description: " + scalar(category.description()));
      }
      out.println("    codes:");
      for (SkeletonCode code : category.codes()) {
        out.println("      - id: " + scalar(code.id()));
        out.println("        label: {" + language + ": " + scalar(code.label()) + "}");
        if (!code.description().isEmpty()) {
          out.println("        description: " + scalar(code.description()));
        }
        out.println(
            "        include: ["
                + scalar(term(code))
                + "]  # TODO: the code's name only; give the real terms");
      }
    }
    out.flush();
  }

  private void valence(ValenceLexicon valence, PrintWriter out) throws JsonProcessingException {
    out.println("valence:");
    out.println(
        "  appreciative: " + list(valence.appreciative().stream().map(Term::source).toList()));
    out.println("  deficit: " + list(valence.deficit().stream().map(Term::source).toList()));
    out.println("  negators: " + list(List.copyOf(valence.negators())));
    out.println("  contrast: " + list(List.copyOf(valence.contrast())));
    out.println("  negation_window: " + valence.negationWindow());
  }

  private List<SkeletonCategory> categories(List<QdaCode> tree) {
    List<SkeletonCategory> categories = new ArrayList<>();
    List<QdaCode> loose = new ArrayList<>();
    for (QdaCode top : tree) {
      List<QdaCode> codable = new ArrayList<>();
      collectCodable(top.children(), codable);
      if (!codable.isEmpty()) {
        String id = id(top.name());
        categories.add(new SkeletonCategory(id, top.name(), top.description(), codes(codable)));
      } else if (top.codable()) {
        loose.add(top);
      } else {
        warnings.add("'" + top.name() + "' groups no codes; left out");
      }
    }
    if (!loose.isEmpty()) {
      categories.add(
          new SkeletonCategory(
              id(OTHER),
              "Overig",
              "Codes that had no parent code in the QDA package.",
              codes(loose)));
    }
    return categories;
  }

  private static void collectCodable(List<QdaCode> nodes, List<QdaCode> into) {
    for (QdaCode node : nodes) {
      if (node.codable()) {
        into.add(node);
      }
      collectCodable(node.children(), into);
    }
  }

  private List<SkeletonCode> codes(List<QdaCode> nodes) {
    return nodes.stream()
        .map(node -> new SkeletonCode(id(node.name()), node.name(), node.description()))
        .toList();
  }

  /** An id from a name: lower-case ASCII letters, digits and hyphens, unique in the codebook. */
  private String id(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String base =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
      base = "code" + (base.isEmpty() ? "" : "-" + base);
    }
    String id = base;
    for (int n = 2; !ids.add(id); n++) {
      id = base + "-" + n;
    }
    if (!id.equals(base)) {
      warnings.add("'" + name + "' gets the id " + id + ", since " + base + " was taken");
    }
    return id;
  }

  /** The code's name as a phrase of plain words, which the term syntax always accepts. */
  private static String term(SkeletonCode code) {
    String words =
        code.label().replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(Locale.ROOT);
    return words.isEmpty() ? code.id().replace('-', ' ') : words;
  }

  private String scalar(String value) throws JsonProcessingException {
    return yaml.writeValueAsString(value).strip();
  }

  private String list(List<String> values) throws JsonProcessingException {
    List<String> scalars = new ArrayList<>();
    for (String value : values) {
      scalars.add(scalar(value));
    }
    return scalars.stream().collect(Collectors.joining(", ", "[", "]"));
  }
}
