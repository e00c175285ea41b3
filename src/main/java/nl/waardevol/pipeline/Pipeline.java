package nl.waardevol.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.code.Coder;
import nl.waardevol.code.DocumentStage;
import nl.waardevol.code.PassageSink;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.learn.Model;
import nl.waardevol.learn.Prediction;
import nl.waardevol.read.Document;
import nl.waardevol.read.DocumentReader;
import nl.waardevol.read.Format;
import nl.waardevol.read.Input;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.Limits;
import nl.waardevol.read.MetadataKeys;
import nl.waardevol.read.MetadataSheet;
import nl.waardevol.read.ReadOptions;
import nl.waardevol.read.StandardInput;
import nl.waardevol.segment.SegmentedDocument;
import nl.waardevol.segment.Segmenter;
import nl.waardevol.segment.Turn;
import nl.waardevol.table.CodedColumns;
import nl.waardevol.table.CodedTableReader;

/**
 * Runs read → segment → code over a batch and hands each coded passage to a sink in input order.
 * Inputs are read, segmented and coded on several threads, a bounded number ahead of the one being
 * handed on, so memory stays flat and the output is the same as with one thread. One input may hold
 * several documents (a survey table, one per respondent). Coded tables and projects named as input
 * skip straight to the sink. A file that cannot be read is skipped with a warning, or stops the run
 * when strict.
 */
public final class Pipeline {
  /** What a run got through. */
  public record Summary(int documents, int passages, int skipped) {}

  /**
   * Receives each transcript document with its coded passages, after the passages went to the
   * passage sink: for outputs that need the text itself, such as a QDA project. Coded tables and
   * projects named as input do not come here.
   */
  @FunctionalInterface
  public interface DocumentSink {
    DocumentSink NONE = (document, passages) -> {};

    void accept(Document document, List<CodedPassage> passages) throws IOException;
  }

  /**
   * Makes something of a transcript document as read, with the metadata sheet applied, such as its
   * pseudonymised copy. It is given the line-start labels of the document that may name a person
   * ({@link Segmenter#labelCandidates}), and those of them that are interviewer labels.
   */
  @FunctionalInterface
  public interface Rewrite<T> {
    T apply(Document document, List<String> speakerLabels, List<String> interviewerLabels);
  }

  /**
   * Rewrites each transcript document before it is segmented and coded, such as pseudonymising it
   * whole, so that passage offsets point into the rewritten text. Runs on the workers.
   */
  @FunctionalInterface
  public interface DocumentRewrite extends Rewrite<Document> {
    DocumentRewrite NONE = (document, speakerLabels, interviewerLabels) -> document;
  }

  /**
   * Reads a QDA project named as input into its passages, coded as its codings say, in document
   * order. The exchange package knows projects; the command line hands its reader in here.
   */
  @FunctionalInterface
  public interface ProjectSource {
    void read(Input input, Consumer<String> warnings, PassageSink sink)
        throws InputProblem, IOException;
  }

  /**
   * One document coded by a worker; with the model's prediction of each passage, or none when a
   * stage rewrote the passages (a prediction is of the text as coded).
   */
  private record CodedDocument(
      Document document, List<CodedPassage> passages, List<Prediction> predictions) {
    Prediction prediction(int passage) {
      return predictions.isEmpty() ? null : predictions.get(passage);
    }
  }

  /**
   * The documents of one input, coded by a worker, with the warnings they gave, waiting for their
   * turn.
   */
  private record Coded(List<CodedDocument> documents, List<String> warnings) {}

  private final StandardInput stdin;
  private final DocumentReader reader;
  private final CodedTableReader tables;
  private final Segmenter segmenter;
  private final ThreadLocal<Coder> coders;
  private final MetadataSheet sheet;
  private final Consumer<String> warnings;
  private final boolean strict;
  private final int threads;
  private final ProjectSource projects;

  public Pipeline(
      Codebook codebook,
      Set<String> extraInterviewerLabels,
      MetadataSheet sheet,
      ReadOptions options,
      StandardInput stdin,
      Consumer<String> warnings,
      boolean strict,
      int threads,
      ProjectSource projects,
      Model model) {
    Set<String> labels = new LinkedHashSet<>(codebook.interviewerLabels());
    labels.addAll(extraInterviewerLabels);
    this.stdin = stdin;
    this.reader = new DocumentReader(stdin.stream(), options.withInterviewerLabels(labels));
    this.tables = new CodedTableReader(codebook, stdin.stream());
    this.segmenter = new Segmenter(labels);
    // A coder keeps a stem cache, so each worker thread gets its own.
    this.coders = ThreadLocal.withInitial(() -> new Coder(codebook, model));
    this.sheet = sheet;
    this.warnings = warnings;
    this.strict = strict;
    this.threads = Math.max(1, threads);
    this.projects = projects;
  }

  /**
   * Reads, segments and codes the inputs and hands each passage to {@code sink}, in input order.
   */
  public Summary run(List<Input> inputs, PassageSink sink) throws InputProblem, IOException {
    return run(inputs, DocumentRewrite.NONE, DocumentStage.NONE, sink, DocumentSink.NONE);
  }

  /**
   * The same, with each transcript document rewritten by {@code rewrite} before it is segmented,
   * {@code stage} run on each document's passages on the workers, and each transcript document with
   * its passages handed to {@code documentSink} after the passages.
   */
  public Summary run(
      List<Input> inputs,
      DocumentRewrite rewrite,
      DocumentStage stage,
      PassageSink sink,
      DocumentSink documentSink)
      throws InputProblem, IOException {
    Run run = new Run(stage, sink, documentSink);
    ExecutorService workers = Executors.newFixedThreadPool(threads, Pipeline::daemon);
    try {
      Deque<Future<Coded>> pending = new ArrayDeque<>();
      Deque<Input> pendingInputs = new ArrayDeque<>();
      for (Input input : inputs) {
        if (input.kind() == Input.Kind.TRANSCRIPT) {
          pending.add(workers.submit(() -> code(input, rewrite, stage)));
          pendingInputs.add(input);
          if (pending.size() >= 4 * threads) {
            run.handOn(pendingInputs.poll(), pending.poll());
          }
        } else {
          while (!pending.isEmpty()) {
            run.handOn(pendingInputs.poll(), pending.poll());
          }
          run.table(input);
        }
      }
      while (!pending.isEmpty()) {
        run.handOn(pendingInputs.poll(), pending.poll());
      }
    } finally {
      workers.shutdownNow();
    }
    if (sheet != null) {
      sheet.reportUnused(warnings);
    }
    return new Summary(run.documents.size(), run.passages, run.skipped);
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "waardevol-worker");
    thread.setDaemon(true);
    return thread;
  }

  /**
   * Runs on a worker: read, apply the sheet, segment, code. Running out of memory or stack on one
   * input skips that input, as any unreadable file is skipped.
   */
  private Coded code(Input input, DocumentRewrite rewrite, DocumentStage stage)
      throws InputProblem {
    try {
      return codeInput(input, rewrite, stage);
    } catch (StackOverflowError | OutOfMemoryError e) {
      throw Limits.exhausted(input.display(), e);
    }
  }

  private Coded codeInput(Input input, DocumentRewrite rewrite, DocumentStage stage)
      throws InputProblem {
    List<String> found = new ArrayList<>();
    List<CodedDocument> coded = new ArrayList<>();
    for (SegmentedDocument segmented : segment(input, rewrite, found::add)) {
      // Every label that may name someone, not only the turns: "Wieteke:" once is still a name.
      // Only a stage that redacts needs them, and finding them walks the text's lines again.
      Document document = segmented.document();
      List<Coder.Coded> passages = coders.get().codeWithPredictions(segmented);
      List<CodedPassage> rows = passages.stream().map(Coder.Coded::passage).toList();
      if (stage != DocumentStage.NONE) {
        List<String> speakers = segmenter.labelCandidates(document);
        rows =
            stage.apply(document, speakers, segmenter.interviewerLabels(document, speakers), rows);
        coded.add(new CodedDocument(document, rows, List.of()));
      } else {
        // Stream.toList keeps the nulls of passages the rules alone coded, unmodifiable.
        coded.add(
            new CodedDocument(
                document, rows, passages.stream().map(Coder.Coded::prediction).toList()));
      }
    }
    return new Coded(coded, found);
  }

  /**
   * Reads one transcript input (a survey table gives several documents), applies the metadata
   * sheet, claims the documents' ids and segments them, as a run would; for {@code inspect}.
   */
  public List<SegmentedDocument> documents(Input input, DocumentIds ids) throws InputProblem {
    List<SegmentedDocument> segmented = segment(input, DocumentRewrite.NONE, warnings);
    ids.claim(segmented.stream().map(SegmentedDocument::document).toList(), input.display());
    return segmented;
  }

  /**
   * Reads one transcript input (a survey table gives several documents), applies the metadata sheet
   * and hands each document with its labels to {@code rewrite}, without segmenting or coding it;
   * for {@code redact}, which writes the rewritten documents. The reader's notes and the sheet's
   * conflicts go to the warnings.
   */
  public <T> List<T> rewrite(Input input, Rewrite<T> rewrite) throws InputProblem {
    return eachDocument(input, warnings, document -> rewrite(document, rewrite));
  }

  private List<SegmentedDocument> segment(
      Input input, DocumentRewrite rewrite, Consumer<String> found) throws InputProblem {
    return eachDocument(
        input,
        found,
        document ->
            segment(
                rewrite == DocumentRewrite.NONE ? document : rewrite(document, rewrite), found));
  }

  private <T> T rewrite(Document document, Rewrite<T> rewrite) {
    List<String> candidates = segmenter.labelCandidates(document);
    return rewrite.apply(document, candidates, segmenter.interviewerLabels(document, candidates));
  }

  /**
   * Reads one transcript input and takes each document, with the sheet applied, through {@code
   * step}; each document's notes and conflicts go to {@code found} before the warnings of its step.
   */
  private <T> List<T> eachDocument(Input input, Consumer<String> found, Function<Document, T> step)
      throws InputProblem {
    List<T> results = new ArrayList<>();
    Set<String> notes = new LinkedHashSet<>();
    for (Document read : reader.read(input)) {
      read.origin().notes().stream().filter(notes::add).forEach(found);
      results.add(step.apply(sheet == null ? read : sheet.apply(read, input.path(), found)));
    }
    return results;
  }

  private SegmentedDocument segment(Document document, Consumer<String> found) {
    SegmentedDocument segmented = segmenter.segment(document);
    if (segmented.passages().isEmpty()) {
      found.accept(
          document.source()
              + ": "
              + respondent(document)
              + "has no respondent text, only interviewer turns; nothing to code");
    }
    if (segmented.cut() > 0) {
      found.accept(
          document.source()
              + ": "
              + respondent(document)
              + segmented.cut()
              + (segmented.cut() == 1 ? " passage runs" : " passages run")
              + " past "
              + Segmenter.MAX_PASSAGE_WORDS
              + " words without a sentence end, and "
              + (segmented.cut() == 1 ? "was" : "were")
              + " cut at white space into passages of at most that length; check that the file is a transcript with its punctuation");
    }
    Format format = document.origin().format();
    boolean captions = format == Format.WEBVTT || format == Format.SRT;
    if (captions
        && document.origin().speakers().size() > 1
        && segmented.turns().stream().noneMatch(Turn::interviewer)) {
      found.accept(
          document.source()
              + ": none of the speakers ("
              + String.join(", ", document.origin().speakers())
              + ") is taken as the interviewer, so every turn is coded; name the interviewer with --interviewer or an 'interviewer' metadata key");
    }
    return segmented;
  }

  private static String respondent(Document document) {
    return document.origin().format() == Format.SURVEY ? "respondent " + document.id() + " " : "";
  }

  /** The language a document is coded in: its metadata's, or else guessed from its text. */
  public String language(Document document) {
    return coders.get().language(document);
  }

  /** The metadata keys beyond the fixed columns that the inputs' documents have, sorted. */
  public List<String> metadataKeys(List<Input> inputs) {
    Set<String> keys = new TreeSet<>(MetadataKeys.scan(inputs, sheet, reader, stdin));
    for (Input input : inputs) {
      if (input.kind() == Input.Kind.PROJECT) {
        try {
          projects.read(input, warning -> {}, passage -> keys.addAll(passage.metadata().keySet()));
        } catch (InputProblem
            | IOException
            | RuntimeException
            | StackOverflowError
            | OutOfMemoryError e) {
          // Reported when the project is read for its passages.
        }
      }
    }
    return CodedColumns.extra(keys);
  }

  /**
   * Reads a coded table or a project into the sink, claiming its documents' ids; returns the
   * passage count. A table with a bad row, or an id another input has, gives no passage at all; so
   * does a project, which is read whole before its ids are claimed.
   */
  public int readTable(Input input, DocumentIds ids, PassageSink sink)
      throws InputProblem, IOException {
    try {
      return readWholeTable(input, ids, sink);
    } catch (StackOverflowError | OutOfMemoryError e) {
      throw Limits.exhausted(input.display(), e);
    }
  }

  private int readWholeTable(Input input, DocumentIds ids, PassageSink sink)
      throws InputProblem, IOException {
    int[] count = {0};
    PassageSink counting =
        passage -> {
          count[0]++;
          sink.accept(passage);
        };
    if (input.kind() == Input.Kind.PROJECT) {
      List<CodedPassage> passages = new ArrayList<>();
      projects.read(input, warnings, passages::add);
      ids.claimFromTable(
          passages.stream()
              .map(CodedPassage::docId)
              .collect(Collectors.toCollection(LinkedHashSet::new)),
          input.display());
      for (CodedPassage passage : passages) {
        counting.accept(passage);
      }
    } else {
      tables.read(input, docIds -> ids.claimFromTable(docIds, input.display()), counting);
    }
    return count[0];
  }

  /** The in-order part of a run: checks, warnings and the sink, on the calling thread. */
  private final class Run {
    private final DocumentStage stage;
    private final PassageSink sink;
    private final DocumentSink documentSink;
    private final DocumentIds ids = new DocumentIds();
    private final Set<String> documents = new LinkedHashSet<>();
    private int passages;
    private int skipped;

    Run(DocumentStage stage, PassageSink sink, DocumentSink documentSink) {
      this.stage = stage;
      this.sink = sink;
      this.documentSink = documentSink;
    }

    void handOn(Input input, Future<Coded> future) throws InputProblem, IOException {
      try {
        Coded coded = result(future);
        coded.warnings().forEach(warnings);
        ids.claim(
            coded.documents().stream().map(CodedDocument::document).toList(), input.display());
        for (CodedDocument document : coded.documents()) {
          for (int i = 0; i < document.passages().size(); i++) {
            sink.accept(document.passages().get(i), document.prediction(i));
          }
          documentSink.accept(document.document(), document.passages());
          documents.add(document.document().id());
          passages += document.passages().size();
        }
      } catch (InputProblem problem) {
        skip(problem);
      }
    }

    /**
     * A table's (or project's) passages go through the stage a document at a time, as transcripts
     * do.
     */
    void table(Input input) throws InputProblem, IOException {
      List<CodedPassage> document = new ArrayList<>();
      try {
        passages +=
            readTable(
                input,
                ids,
                passage -> {
                  if (!document.isEmpty() && !document.get(0).docId().equals(passage.docId())) {
                    handOnTableDocument(document);
                  }
                  document.add(passage);
                });
        handOnTableDocument(document);
      } catch (InputProblem problem) {
        skip(problem);
      }
    }

    private void handOnTableDocument(List<CodedPassage> document) throws IOException {
      if (document.isEmpty()) {
        return;
      }
      documents.add(document.get(0).docId());
      List<String> speakers = document.stream().map(CodedPassage::speaker).distinct().toList();
      for (CodedPassage passage : stage.apply(List.copyOf(document), speakers)) {
        sink.accept(passage);
      }
      document.clear();
    }

    private void skip(InputProblem problem) throws InputProblem {
      if (strict) {
        throw problem;
      }
      warnings.accept(problem.getMessage() + " (skipped)");
      skipped++;
    }
  }

  private static Coded result(Future<Coded> future) throws InputProblem, IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while coding", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InputProblem problem) {
        throw problem;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }
}
