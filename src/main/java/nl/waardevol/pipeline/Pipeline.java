package nl.waardevol.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.code.Coder;
import nl.waardevol.code.PassageSink;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.read.CodedTableReader;
import nl.waardevol.read.Document;
import nl.waardevol.read.DocumentReader;
import nl.waardevol.read.Input;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.MetadataSheet;
import nl.waardevol.segment.SegmentedDocument;
import nl.waardevol.segment.Segmenter;

/**
 * Runs read → segment → code over a batch, one document at a time, and hands each coded passage
 * to a sink in input order. Coded tables named as input skip straight to the sink. A file that
 * cannot be read is skipped with a warning, or stops the run when strict.
 */
public final class Pipeline {
  /** What a run got through. */
  public record Summary(int documents, int passages, int skipped) {}

  private final DocumentReader reader;
  private final CodedTableReader tables;
  private final Segmenter segmenter;
  private final Coder coder;
  private final MetadataSheet sheet;
  private final Consumer<String> warnings;
  private final boolean strict;

  public Pipeline(
      Codebook codebook,
      Set<String> extraInterviewerLabels,
      MetadataSheet sheet,
      InputStream stdin,
      Consumer<String> warnings,
      boolean strict) {
    Set<String> labels = new LinkedHashSet<>(codebook.interviewerLabels());
    labels.addAll(extraInterviewerLabels);
    this.reader = new DocumentReader(stdin);
    this.tables = new CodedTableReader(codebook, stdin);
    this.segmenter = new Segmenter(labels);
    this.coder = new Coder(codebook);
    this.sheet = sheet;
    this.warnings = warnings;
    this.strict = strict;
  }

  public Summary run(List<Input> inputs, PassageSink sink) throws InputProblem, IOException {
    Map<String, String> seenIds = new HashMap<>();
    Set<String> documents = new LinkedHashSet<>();
    int passages = 0;
    int skipped = 0;
    for (Input input : inputs) {
      try {
        if (input.kind() == Input.Kind.TRANSCRIPT) {
          Document document = read(input, seenIds);
          List<CodedPassage> coded = coder.code(segment(document));
          for (CodedPassage passage : coded) {
            sink.accept(passage);
          }
          documents.add(document.id());
          passages += coded.size();
        } else {
          int[] count = {0};
          tables.read(
              input,
              passage -> {
                documents.add(passage.docId());
                count[0]++;
                sink.accept(passage);
              });
          passages += count[0];
        }
      } catch (InputProblem problem) {
        if (strict) {
          throw problem;
        }
        warnings.accept(problem.getMessage() + " (skipped)");
        skipped++;
      }
    }
    if (sheet != null) {
      sheet.reportUnused(warnings);
    }
    return new Summary(documents.size(), passages, skipped);
  }

  private Document read(Input input, Map<String, String> seenIds) throws InputProblem {
    Document document = reader.read(input);
    if (sheet != null) {
      document = sheet.apply(document, input.path(), warnings);
    }
    String earlier = seenIds.putIfAbsent(document.id(), input.display());
    if (earlier != null) {
      throw new InputProblem(
          input.display(),
          0,
          "has id '" + document.id() + "', which " + earlier + " has too; give each document its own id");
    }
    return document;
  }

  private SegmentedDocument segment(Document document) {
    SegmentedDocument segmented = segmenter.segment(document);
    if (segmented.passages().isEmpty()) {
      warnings.accept(document.source() + ": has no respondent text, only interviewer turns; nothing to code");
    }
    return segmented;
  }
}
