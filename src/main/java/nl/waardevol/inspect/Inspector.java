package nl.waardevol.inspect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.waardevol.pipeline.DocumentIds;
import nl.waardevol.pipeline.Pipeline;
import nl.waardevol.read.Document;
import nl.waardevol.read.DocumentReader;
import nl.waardevol.read.Format;
import nl.waardevol.read.Input;
import nl.waardevol.read.InputProblem;
import nl.waardevol.segment.Passage;
import nl.waardevol.segment.SegmentedDocument;
import nl.waardevol.segment.Turn;

/**
 * Reads and segments inputs exactly as {@code code} would, and describes what it finds instead of
 * coding it, so that a researcher can check a new batch first.
 */
public final class Inspector {
  private final Pipeline pipeline;
  private final int passagesShown;
  private final DocumentIds ids = new DocumentIds();

  public Inspector(Pipeline pipeline, int passagesShown) {
    this.pipeline = pipeline;
    this.passagesShown = passagesShown;
  }

  /** Describes one input; with {@code strict}, a file that cannot be read is thrown instead. */
  public Inspection inspect(Input input, boolean strict) throws InputProblem, IOException {
    try {
      return input.kind() == Input.Kind.TRANSCRIPT ? transcript(input) : table(input);
    } catch (InputProblem problem) {
      if (strict) {
        throw problem;
      }
      Format format = DocumentReader.formatOf(input);
      return new Inspection(
          input.display(),
          format.id(),
          format.label(),
          "",
          Map.of(),
          problem.getMessage(),
          List.of());
    }
  }

  private Inspection transcript(Input input) throws InputProblem {
    List<SegmentedDocument> documents = pipeline.documents(input, ids);
    Document first = documents.get(0).document();
    List<Inspection.DocumentView> views = new ArrayList<>();
    for (SegmentedDocument segmented : documents) {
      views.add(view(segmented));
    }
    Format format = first.origin().format();
    return new Inspection(
        input.display(),
        format.id(),
        format.label(),
        first.origin().encoding(),
        first.origin().details(),
        null,
        views);
  }

  private Inspection.DocumentView view(SegmentedDocument segmented) {
    Document document = segmented.document();
    Map<String, Integer> turnCounts = new LinkedHashMap<>();
    Set<String> interviewers = new LinkedHashSet<>();
    for (Turn turn : segmented.turns()) {
      turnCounts.merge(turn.speaker(), 1, Integer::sum);
      if (turn.interviewer()) {
        interviewers.add(turn.speaker());
      }
    }
    List<Inspection.Speaker> speakers = new ArrayList<>();
    turnCounts.forEach(
        (label, count) ->
            speakers.add(new Inspection.Speaker(label, count, interviewers.contains(label))));
    int interviewerTurns = (int) segmented.turns().stream().filter(Turn::interviewer).count();
    List<Inspection.PassageView> first = new ArrayList<>();
    for (Passage passage :
        segmented.passages().subList(0, Math.min(passagesShown, segmented.passages().size()))) {
      first.add(
          new Inspection.PassageView(
              passage.number(),
              passage.speaker(),
              timeOf(passage, segmented.turns()),
              passage.start(),
              passage.end(),
              passage.text()));
    }
    boolean fromMetadata = !document.metadata("language").isEmpty();
    return new Inspection.DocumentView(
        document.id(),
        pipeline.language(document),
        fromMetadata ? "metadata" : "text",
        document.metadata(),
        segmented.turns().size(),
        interviewerTurns,
        speakers,
        segmented.passages().size(),
        first);
  }

  /** The time stamp of the turn a passage belongs to. */
  private static String timeOf(Passage passage, List<Turn> turns) {
    String time = "";
    for (Turn turn : turns) {
      if (turn.start() > passage.start()) {
        break;
      }
      time = turn.time();
    }
    return time;
  }

  private Inspection table(Input input) throws InputProblem, IOException {
    Map<String, Integer> passages = new LinkedHashMap<>();
    pipeline.readTable(input, ids, passage -> passages.merge(passage.docId(), 1, Integer::sum));
    List<Inspection.DocumentView> views = new ArrayList<>();
    passages.forEach(
        (id, count) ->
            views.add(
                new Inspection.DocumentView(
                    id, "", "", Map.of(), 0, 0, List.of(), count, List.of())));
    if (input.kind() == Input.Kind.PROJECT) {
      return new Inspection(
          input.display(),
          "qdpx",
          "REFI-QDA project (its codings give passages their codes, as 'import' maps them)",
          "",
          Map.of(),
          null,
          views);
    }
    String format = input.kind() == Input.Kind.CODED_JSONL ? "coded-jsonl" : "coded-csv";
    return new Inspection(
        input.display(),
        format,
        "coded table written by 'waardevol code' (codes are read as they stand)",
        "",
        Map.of(),
        null,
        views);
  }
}
