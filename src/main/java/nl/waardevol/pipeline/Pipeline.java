package nl.waardevol.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.code.Coder;
import nl.waardevol.code.PassageSink;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.read.CodedTableReader;
import nl.waardevol.read.Document;
import nl.waardevol.read.DocumentReader;
import nl.waardevol.read.Format;
import nl.waardevol.read.Input;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.MetadataKeys;
import nl.waardevol.read.MetadataSheet;
import nl.waardevol.read.ReadOptions;
import nl.waardevol.segment.SegmentedDocument;
import nl.waardevol.segment.Segmenter;
import nl.waardevol.segment.Turn;

/**
 * Runs read → segment → code over a batch, one input at a time, and hands each coded passage
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
      ReadOptions options,
      InputStream stdin,
      Consumer<String> warnings,
      boolean strict) {
    Set<String> labels = new LinkedHashSet<>(codebook.interviewerLabels());
    labels.addAll(extraInterviewerLabels);
    this.reader = new DocumentReader(stdin, options);
    this.tables = new CodedTableReader(codebook, stdin);
    this.segmenter = new Segmenter(labels);
    this.coder = new Coder(codebook);
    this.sheet = sheet;
    this.warnings = warnings;
    this.strict = strict;
  }

  public Summary run(List<Input> inputs, PassageSink sink) throws InputProblem, IOException {
    DocumentIds ids = new DocumentIds();
    Set<String> documents = new LinkedHashSet<>();
    int passages = 0;
    int skipped = 0;
    for (Input input : inputs) {
      try {
        if (input.kind() == Input.Kind.TRANSCRIPT) {
          for (SegmentedDocument segmented : documents(input, ids)) {
            List<CodedPassage> coded = coder.code(segmented);
            for (CodedPassage passage : coded) {
              sink.accept(passage);
            }
            documents.add(segmented.document().id());
            passages += coded.size();
          }
        } else {
          passages +=
              readTable(
                  input,
                  ids,
                  passage -> {
                    documents.add(passage.docId());
                    sink.accept(passage);
                  });
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

  /** Reads a coded table into the sink, claiming its documents' ids; returns the passage count. */
  public int readTable(Input input, DocumentIds ids, PassageSink sink) throws InputProblem, IOException {
    int[] count = {0};
    try {
      tables.read(
          input,
          passage -> {
            try {
              ids.claimFromTable(passage.docId(), input.display());
            } catch (InputProblem problem) {
              throw new ClaimFailed(problem);
            }
            count[0]++;
            sink.accept(passage);
          });
    } catch (ClaimFailed failed) {
      throw failed.problem;
    }
    return count[0];
  }

  /** Carries a taken id out of the passage sink, which may throw only IOException. */
  private static final class ClaimFailed extends IOException {
    private final transient InputProblem problem;

    ClaimFailed(InputProblem problem) {
      super(problem.getMessage());
      this.problem = problem;
    }
  }

  /**
   * Reads one transcript input (a survey table gives several documents), applies the metadata
   * sheet, claims the documents' ids and segments them.
   */
  public List<SegmentedDocument> documents(Input input, DocumentIds ids) throws InputProblem {
    List<Document> read = new ArrayList<>();
    for (Document document : reader.read(input)) {
      read.add(sheet == null ? document : sheet.apply(document, input.path(), warnings));
    }
    ids.claim(read, input.display());
    List<SegmentedDocument> segmented = new ArrayList<>();
    for (Document document : read) {
      segmented.add(segment(document));
    }
    return segmented;
  }

  /** The language a document is coded in: its metadata's, or else guessed from its text. */
  public String language(Document document) {
    return coder.language(document);
  }

  /** The metadata keys beyond the fixed columns that the inputs' documents have, sorted. */
  public List<String> metadataKeys(List<Input> inputs) {
    return MetadataKeys.scan(inputs, sheet, reader);
  }

  private SegmentedDocument segment(Document document) {
    SegmentedDocument segmented = segmenter.segment(document);
    if (segmented.passages().isEmpty()) {
      warnings.accept(document.source() + ": " + label(document) + "has no respondent text, only interviewer turns; nothing to code");
    }
    Format format = document.origin().format();
    boolean captions = format == Format.WEBVTT || format == Format.SRT;
    if (captions && document.origin().speakers().size() > 1 && segmented.turns().stream().noneMatch(Turn::interviewer)) {
      warnings.accept(
          document.source() + ": none of the speakers (" + String.join(", ", document.origin().speakers())
              + ") is taken as the interviewer, so every turn is coded; name the interviewer with --interviewer or an 'interviewer' metadata key");
    }
    return segmented;
  }

  private static String label(Document document) {
    return document.origin().format() == Format.SURVEY ? "respondent " + document.id() + " " : "";
  }
}
