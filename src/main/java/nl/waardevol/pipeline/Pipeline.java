package nl.waardevol.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Runs read → segment → code over a batch and hands each coded passage to a sink in input order.
 * Documents are read, segmented and coded on several threads, a bounded number ahead of the one
 * being handed on, so memory stays flat and the output is the same as with one thread. Coded
 * tables named as input skip straight to the sink. A file that cannot be read is skipped with a
 * warning, or stops the run when strict.
 */
public final class Pipeline {
  /** What a run got through. */
  public record Summary(int documents, int passages, int skipped) {}

  /**
   * Receives each transcript with its coded passages, after the passages went to the passage
   * sink: for outputs that need the text itself, such as a QDA project. Coded tables named as
   * input have no text and do not come here.
   */
  @FunctionalInterface
  public interface DocumentSink {
    void accept(Document document, List<CodedPassage> passages) throws IOException;
  }

  /** A document coded by a worker, with the warnings it gave, waiting for its turn. */
  private record Coded(Document document, List<CodedPassage> passages, List<String> warnings) {}

  private final DocumentReader reader;
  private final CodedTableReader tables;
  private final Segmenter segmenter;
  private final ThreadLocal<Coder> coders;
  private final MetadataSheet sheet;
  private final Consumer<String> warnings;
  private final boolean strict;
  private final int threads;

  /** A pipeline on all cores. */
  public Pipeline(
      Codebook codebook,
      Set<String> extraInterviewerLabels,
      MetadataSheet sheet,
      InputStream stdin,
      Consumer<String> warnings,
      boolean strict) {
    this(codebook, extraInterviewerLabels, sheet, stdin, warnings, strict, Runtime.getRuntime().availableProcessors());
  }

  public Pipeline(
      Codebook codebook,
      Set<String> extraInterviewerLabels,
      MetadataSheet sheet,
      InputStream stdin,
      Consumer<String> warnings,
      boolean strict,
      int threads) {
    Set<String> labels = new LinkedHashSet<>(codebook.interviewerLabels());
    labels.addAll(extraInterviewerLabels);
    this.reader = new DocumentReader(stdin);
    this.tables = new CodedTableReader(codebook, stdin);
    this.segmenter = new Segmenter(labels);
    // A coder keeps a stem cache, so each worker thread gets its own.
    this.coders = ThreadLocal.withInitial(() -> new Coder(codebook));
    this.sheet = sheet;
    this.warnings = warnings;
    this.strict = strict;
    this.threads = Math.max(1, threads);
  }

  public Summary run(List<Input> inputs, PassageSink sink) throws InputProblem, IOException {
    return run(inputs, sink, (document, passages) -> {});
  }

  public Summary run(List<Input> inputs, PassageSink sink, DocumentSink documentSink) throws InputProblem, IOException {
    Run run = new Run(sink, documentSink);
    ExecutorService workers = Executors.newFixedThreadPool(threads, Pipeline::daemon);
    try {
      Deque<Future<Coded>> pending = new ArrayDeque<>();
      Deque<Input> pendingInputs = new ArrayDeque<>();
      for (Input input : inputs) {
        if (input.kind() == Input.Kind.TRANSCRIPT) {
          pending.add(workers.submit(() -> code(input)));
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

  /** Runs on a worker: read, apply the sheet, segment, code. */
  private Coded code(Input input) throws InputProblem {
    List<String> found = new ArrayList<>();
    Document document = reader.read(input);
    if (sheet != null) {
      document = sheet.apply(document, input.path(), found::add);
    }
    SegmentedDocument segmented = segmenter.segment(document);
    if (segmented.passages().isEmpty()) {
      found.add(document.source() + ": has no respondent text, only interviewer turns; nothing to code");
    }
    return new Coded(document, coders.get().code(segmented), found);
  }

  /** The in-order part of a run: checks, warnings and the sink, on the calling thread. */
  private final class Run {
    private final PassageSink sink;
    private final DocumentSink documentSink;
    private final Map<String, String> seenIds = new HashMap<>();
    private final Set<String> documents = new LinkedHashSet<>();
    private int passages;
    private int skipped;

    Run(PassageSink sink, DocumentSink documentSink) {
      this.sink = sink;
      this.documentSink = documentSink;
    }

    void handOn(Input input, Future<Coded> future) throws InputProblem, IOException {
      try {
        Coded coded = result(future);
        coded.warnings().forEach(warnings);
        String earlier = seenIds.putIfAbsent(coded.document().id(), input.display());
        if (earlier != null) {
          throw new InputProblem(
              input.display(), 0, "has id '" + coded.document().id() + "', which " + earlier + " has too; give each document its own id");
        }
        for (CodedPassage passage : coded.passages()) {
          sink.accept(passage);
        }
        documentSink.accept(coded.document(), coded.passages());
        documents.add(coded.document().id());
        passages += coded.passages().size();
      } catch (InputProblem problem) {
        skip(problem);
      }
    }

    void table(Input input) throws InputProblem, IOException {
      try {
        tables.read(
            input,
            passage -> {
              documents.add(passage.docId());
              passages++;
              sink.accept(passage);
            });
      } catch (InputProblem problem) {
        skip(problem);
      }
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
