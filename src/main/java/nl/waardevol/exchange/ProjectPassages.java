package nl.waardevol.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.code.Coder;
import nl.waardevol.codebook.Code;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.read.Document;
import nl.waardevol.read.InputProblem;
import nl.waardevol.segment.Segmenter;

/**
 * Turns a project's text sources into waardevol's documents and passages, with the codes of the
 * project's codings instead of automatic ones. The sources are segmented as transcripts are; a
 * passage gets a code when the selections coded with it together cover at least half of the
 * passage's characters. A coding of a smaller part (a phrase in a long passage, an interviewer's
 * question) gives no passage its code, and is counted in a warning. Stance is scored automatically,
 * since QDA packages have no field for it.
 */
public final class ProjectPassages {
  /** What a project gave: its documents, their passages with the project's codes, and warnings. */
  public record Result(
      List<Document> documents, List<CodedPassage> passages, List<String> warnings) {}

  private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(txt|md|docx?|odt|rtf|pdf)$");

  private final Codebook codebook;
  private final Segmenter segmenter;
  private final Coder coder;
  private final String humanCoder;

  /**
   * {@code humanCoder}: the user whose codings count (a name or GUID, case aside), or null for
   * every user's.
   */
  public ProjectPassages(Codebook codebook, Set<String> extraInterviewerLabels, String humanCoder) {
    Set<String> labels = new LinkedHashSet<>(codebook.interviewerLabels());
    labels.addAll(extraInterviewerLabels);
    this.codebook = codebook;
    this.segmenter = new Segmenter(labels);
    this.coder = new Coder(codebook);
    this.humanCoder = humanCoder;
  }

  public Result read(Project whole, String display) throws InputProblem {
    List<String> coderWarnings = new ArrayList<>();
    Project project = Coders.choose(whole, humanCoder, display, coderWarnings);
    CodeResolver resolver = new CodeResolver(codebook, project.codes());
    Tally tally = new Tally();
    List<Document> documents = new ArrayList<>();
    List<CodedPassage> passages = new ArrayList<>();
    Map<String, String> ids = new TreeMap<>();
    for (Project.Source source : project.sources()) {
      Document document = document(source, documents.size() + 1, display);
      String earlier = ids.putIfAbsent(document.id(), source.name());
      if (earlier != null) {
        throw new InputProblem(
            display,
            0,
            "has two sources named '"
                + document.id()
                + "'; rename one in the QDA package and export again");
      }
      documents.add(document);
      passages.addAll(code(document, source, resolver, tally));
    }
    tally.checkKnown(display, codebook.id());
    List<String> warnings = new ArrayList<>(coderWarnings);
    warnings.addAll(tally.warnings(display));
    if (!project.outside().isEmpty()) {
      warnings.add(
          display
              + ": "
              + project.outside().size()
              + " selection(s) lie outside the text of their source and were not counted (first: "
              + project.outside().get(0)
              + "); correct them in the QDA package and export again");
    }
    if (!project.ignored().isEmpty()) {
      warnings.add(
          display
              + ": only text sources are read; left out: "
              + String.join(", ", project.ignored()));
    }
    return new Result(documents, passages, warnings);
  }

  /** The source as a document; one without a name is named by its position, {@code source-N}. */
  private static Document document(Project.Source source, int position, String display) {
    Map<String, String> metadata = new LinkedHashMap<>(source.variables());
    metadata.remove("id");
    String id = EXTENSION.matcher(source.name()).replaceFirst("").strip();
    return new Document(
        id.isEmpty() ? "source-" + position : id,
        display + ":" + source.name(),
        metadata,
        source.text(),
        1);
  }

  private List<CodedPassage> code(
      Document document, Project.Source source, CodeResolver resolver, Tally tally) {
    Map<String, List<Project.Selection>> byCode = new LinkedHashMap<>();
    for (Project.Selection selection : source.selections()) {
      for (String guid : selection.codeGuids()) {
        resolver
            .code(guid)
            .ifPresentOrElse(
                id -> byCode.computeIfAbsent(id, c -> new ArrayList<>()).add(selection),
                () -> tally.unresolved(guid, resolver));
      }
    }
    List<CodedPassage> coded = new ArrayList<>();
    for (CodedPassage passage : coder.code(segmenter.segment(document))) {
      List<String> codes = new ArrayList<>();
      Set<String> categories = new LinkedHashSet<>();
      for (Code code : codebook.codes()) {
        if (Coverage.covers(
            byCode.getOrDefault(code.id(), List.of()), passage.start(), passage.end())) {
          codes.add(code.id());
          categories.add(code.categoryId());
        }
      }
      coded.add(passage.withCodes(List.copyOf(categories), codes, List.of()));
    }
    tallyUncounted(document.id(), byCode, coded, tally);
    return coded;
  }

  /** Counts the selections that gave no passage their code: each passage they touch lacks it. */
  private static void tallyUncounted(
      String docId,
      Map<String, List<Project.Selection>> byCode,
      List<CodedPassage> coded,
      Tally tally) {
    for (Map.Entry<String, List<Project.Selection>> code : byCode.entrySet()) {
      for (Project.Selection selection : code.getValue()) {
        boolean counted =
            coded.stream()
                .anyMatch(
                    p ->
                        p.codes().contains(code.getKey())
                            && Coverage.overlap(selection, p.start(), p.end()) > 0);
        if (!counted) {
          tally.uncounted(docId, selection, code.getKey());
        }
      }
    }
  }

  /** What could not be counted, for one error or a few warnings at the end. */
  private static final class Tally {
    private final Map<String, Integer> unknown = new TreeMap<>();
    private final Map<String, Integer> lenses = new TreeMap<>();
    private int dangling;
    private int uncounted;
    private String firstUncounted;

    void unresolved(String guid, CodeResolver resolver) {
      String name = resolver.name(guid);
      if (resolver.isCategory(guid)) {
        lenses.merge(name, 1, Integer::sum);
      } else if (name.isEmpty()) {
        dangling++;
      } else {
        unknown.merge(name, 1, Integer::sum);
      }
    }

    void uncounted(String docId, Project.Selection selection, String code) {
      if (uncounted++ == 0) {
        firstUncounted =
            String.format(
                Locale.ROOT,
                "%s, characters %d-%d, code %s",
                docId,
                selection.start(),
                selection.end(),
                code);
      }
    }

    void checkKnown(String display, String codebookId) throws InputProblem {
      if (!unknown.isEmpty()) {
        List<String> listed = new ArrayList<>();
        unknown.forEach(
            (name, count) ->
                listed.add("'" + name + "' (" + count + (count == 1 ? " coding)" : " codings)")));
        throw new InputProblem(
            display,
            0,
            "uses codes that codebook "
                + codebookId
                + " does not have: "
                + String.join(", ", listed)
                + "; add them to the codebook (waardevol codebook import turns a project's code tree into a skeleton), or rename them in the QDA package to codes of the codebook");
      }
    }

    List<String> warnings(String display) {
      List<String> warnings = new ArrayList<>();
      if (uncounted > 0) {
        warnings.add(
            display
                + ": "
                + uncounted
                + " coding(s) cover less than half of every passage they touch and were not counted (first: "
                + firstUncounted
                + ")");
      }
      lenses.forEach(
          (lens, count) ->
              warnings.add(
                  display
                      + ": "
                      + count
                      + " coding(s) use lens '"
                      + lens
                      + "' itself rather than one of its codes; they were not counted"));
      if (dangling > 0) {
        warnings.add(
            display
                + ": "
                + dangling
                + " coding(s) refer to a code the project's code tree lacks; they were not counted");
      }
      return warnings;
    }
  }
}
