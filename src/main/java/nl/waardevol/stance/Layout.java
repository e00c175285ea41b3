package nl.waardevol.stance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One passage's input indexed for {@link StanceReader}: its clauses, and which evaluations and
 * markers each holds, so that reading a passage stays linear in its length however many clauses,
 * terms and markers it has.
 */
final class Layout {
  final StanceInput input;

  /** Per clause: its first token and the token after its last. */
  final List<int[]> spans;

  /** Per token: the clause it is in. */
  final int[] clauseOf;

  final List<List<StanceInput.Evaluation>> evaluations = new ArrayList<>();
  final List<List<StanceInput.Found>> markers = new ArrayList<>();

  /** Per token: whether it is the negator of an evaluation. */
  final boolean[] negates;

  private final Map<Marker, boolean[]> covered = new EnumMap<>(Marker.class);
  private final Map<Integer, Integer> sentenceEnds = new HashMap<>();

  Layout(StanceInput input) {
    this.input = input;
    List<StanceInput.Token> tokens = input.tokens();
    negates = new boolean[tokens.size()];
    for (StanceInput.Evaluation evaluation : input.evaluations()) {
      if (evaluation.negator() >= 0) {
        negates[evaluation.negator()] = true;
      }
    }
    for (StanceInput.Found found : input.markers()) {
      boolean[] tokensOf = covered.computeIfAbsent(found.marker(), m -> new boolean[tokens.size()]);
      for (int i = found.from(); i < found.to(); i++) {
        tokensOf[i] = true;
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      sentenceEnds.put(tokens.get(i).sentence(), i);
    }
    spans = spans();
    clauseOf = new int[tokens.size()];
    for (int c = 0; c < spans.size(); c++) {
      for (int i = spans.get(c)[0]; i < spans.get(c)[1]; i++) {
        clauseOf[i] = c;
      }
      evaluations.add(new ArrayList<>());
      markers.add(new ArrayList<>());
    }
    input.evaluations().forEach(e -> evaluations.get(clauseOf[e.from()]).add(e));
    input.markers().forEach(f -> markers.get(clauseOf[f.from()]).add(f));
  }

  /** Clauses end with a sentence and where a contrast word opens a new one. */
  private List<int[]> spans() {
    List<StanceInput.Token> tokens = input.tokens();
    boolean[] opens = new boolean[tokens.size()];
    for (StanceInput.Found found : input.markers()) {
      boolean atStart =
          found.from() == 0
              || tokens.get(found.from() - 1).clause() != tokens.get(found.from()).clause();
      boolean contrast =
          found.marker() == Marker.CONTRAST
              || found.marker() == Marker.CONTRAST_AT_START && atStart;
      // "niet alleen ... maar ook" turns nothing, nor does the "maar" of "had ik maar".
      if (contrast
          && !covers(Marker.NO_CONTRAST, found.from())
          && !covers(Marker.WISH, found.from())) {
        opens[found.from()] = true;
      }
    }
    // A wish opens its own clause where its comma-clause starts: "de samenwerking liep vast, en ik
    // had gewild dat ..." is a complaint, then a wish.
    for (StanceInput.Found found : input.markers()) {
      if (found.marker() == Marker.WISH) {
        int start = found.from();
        while (start > 0 && tokens.get(start - 1).clause() == tokens.get(found.from()).clause()) {
          start--;
        }
        opens[start] = true;
      }
    }
    List<int[]> spans = new ArrayList<>();
    int from = 0;
    for (int i = 1; i < tokens.size(); i++) {
      if (opens[i] || tokens.get(i).sentence() != tokens.get(i - 1).sentence()) {
        spans.add(new int[] {from, i});
        from = i;
      }
    }
    spans.add(new int[] {from, tokens.size()});
    return spans;
  }

  /** Whether a marker of {@code marker} covers the token {@code at}. */
  boolean covers(Marker marker, int at) {
    boolean[] tokens = covered.get(marker);
    return tokens != null && tokens[at];
  }

  /** Whether clause {@code clause} holds the start of a marker of one of {@code kinds}. */
  boolean holds(int clause, Marker... kinds) {
    return !found(clause, kinds).isEmpty();
  }

  /** The markers of {@code kinds} that start in clause {@code clause}. */
  List<StanceInput.Found> found(int clause, Marker... kinds) {
    List<Marker> wanted = List.of(kinds);
    return markers.get(clause).stream().filter(f -> wanted.contains(f.marker())).toList();
  }

  /** Whether the sentence that clause {@code clause} is in holds a marker of {@code kind}. */
  boolean sentenceHolds(int clause, Marker kind) {
    int sentence = input.tokens().get(spans.get(clause)[0]).sentence();
    for (int c = clause; c >= 0 && sentenceOf(c) == sentence; c--) {
      if (holds(c, kind)) {
        return true;
      }
    }
    for (int c = clause + 1; c < spans.size() && sentenceOf(c) == sentence; c++) {
      if (holds(c, kind)) {
        return true;
      }
    }
    return false;
  }

  private int sentenceOf(int clause) {
    return input.tokens().get(spans.get(clause)[0]).sentence();
  }

  /** Whether the sentence of token {@code at} ends with a question mark. */
  boolean inQuestion(int at) {
    List<StanceInput.Token> tokens = input.tokens();
    int last = sentenceEnds.get(tokens.get(at).sentence());
    int end = last + 1 < tokens.size() ? tokens.get(last + 1).start() : input.text().length();
    return input.text().substring(tokens.get(last).end(), end).contains("?");
  }

  /** The last token of the sentence of token {@code at}. */
  int sentenceEnd(int at) {
    return sentenceEnds.get(input.tokens().get(at).sentence());
  }
}
