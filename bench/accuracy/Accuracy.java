import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import nl.waardevol.agree.CohensKappa;
import nl.waardevol.codebook.Code;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.CodebookLoader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores a coded table against a labelled set (bench/accuracy/README.md): lenses, passage stance,
 * stance per phenomenon, stance per code, and whether what is counted as valued is valued in the
 * right lens. Run by run.sh with the waardevol jar on the class path.
 */
public final class Accuracy {
  static final List<String> STANCES = List.of("appreciative", "deficit", "wish", "neutral");

  /** One labelled passage, or what the coder made of it. */
  record Coding(
      String id,
      String language,
      String stance,
      Set<String> codes,
      Set<String> valued,
      Set<String> hindered,
      Set<String> wished,
      Set<String> phenomena,
      double confidence) {
    /** A labelled passage, or a coded one without a confidence (rules alone, or a human). */
    Coding(
        String id,
        String language,
        String stance,
        Set<String> codes,
        Set<String> valued,
        Set<String> hindered,
        Set<String> wished,
        Set<String> phenomena) {
      this(id, language, stance, codes, valued, hindered, wished, phenomena, Double.NaN);
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, Coding> gold = readLabelled(Path.of(args[0]));
    if (args[1].equals("--write-transcripts")) {
      writeTranscripts(Path.of(args[0]), Path.of(args[2]));
      return;
    }
    Path table = Path.of(args[1]);
    Map<String, Coding> coded = isLabelled(table) ? readLabelled(table) : readCoded(table);
    new Accuracy(gold, coded).print();
  }

  private final Map<String, Coding> gold;
  private final Map<String, Coding> coded;
  private final Map<String, Codebook> codebooks = new LinkedHashMap<>();

  Accuracy(Map<String, Coding> gold, Map<String, Coding> coded) throws Exception {
    this.gold = gold;
    this.coded = coded;
    codebooks.put("nl", new CodebookLoader().load("wio-nl"));
    codebooks.put("en", new CodebookLoader().load("ai-en"));
  }

  // ---------------------------------------------------------------- reading

  /** A second labelling of a set (its header: id, language, ...) is scored like a coded table. */
  static boolean isLabelled(Path file) throws IOException {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.findFirst().orElse("").startsWith("id,language,");
    }
  }

  static Map<String, Coding> readLabelled(Path file) throws IOException {
    Map<String, Coding> rows = new LinkedHashMap<>();
    for (CSVRecord row : csv(file)) {
      rows.put(
          row.get("id"),
          new Coding(
              row.get("id"),
              row.get("language"),
              row.get("stance"),
              list(row.get("codes")),
              list(row.get("valued")),
              list(row.get("hindered")),
              list(row.get("wished")),
              list(row.get("phenomena"))));
    }
    return rows;
  }

  /** Each labelled passage as a transcript below {@code dir}/LANGUAGE/, named by its id. */
  static void writeTranscripts(Path labelled, Path dir) throws IOException {
    for (CSVRecord row : csv(labelled)) {
      Path file = dir.resolve(row.get("language")).resolve(row.get("id") + ".md");
      Files.createDirectories(file.getParent());
      StringBuilder text = new StringBuilder();
      text.append("---\nid: ").append(row.get("id")).append("\nregion: eval\nrole: ");
      text.append(row.get("role")).append("\nlanguage: ").append(row.get("language"));
      text.append("\ntype: interview\n---\n");
      if (!row.get("question").isBlank()) {
        text.append("I: ").append(row.get("question").strip()).append("\n\n");
      }
      text.append("R: ").append(row.get("text").strip()).append("\n");
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
  }

  /** A coded table (CSV or JSON Lines), its passages merged per document. */
  static Map<String, Coding> readCoded(Path file) throws IOException {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (file.toString().endsWith(".jsonl")) {
      ObjectMapper json = new ObjectMapper();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode node = json.readTree(line);
          Map<String, Object> row = new LinkedHashMap<>();
          node.properties().forEach(field -> row.put(field.getKey(), jsonValue(field.getValue())));
          rows.add(row);
        }
      }
    } else {
      for (CSVRecord record : csv(file)) {
        Map<String, Object> row = new LinkedHashMap<>(record.toMap());
        for (String key : List.of("codes", "valued", "hindered", "wished")) {
          row.computeIfPresent(key, (k, value) -> new ArrayList<>(list((String) value)));
        }
        rows.add(row);
      }
    }
    Map<String, Coding> merged = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      String id = (String) row.get("doc_id");
      Coding before = merged.get(id);
      Coding passage = coding(row);
      merged.put(id, before == null ? passage : merge(before, passage));
    }
    return merged;
  }

  private static Object jsonValue(JsonNode node) {
    if (node.isArray()) {
      List<String> values = new ArrayList<>();
      node.forEach(item -> values.add(item.asText()));
      return values;
    }
    return node.asText();
  }

  @SuppressWarnings("unchecked")
  private static Coding coding(Map<String, Object> row) {
    Set<String> codes = new LinkedHashSet<>((List<String>) row.getOrDefault("codes", List.of()));
    String stance = ((String) row.getOrDefault("valence", "neutral")).strip();
    if (!row.containsKey("valued")) {
      // A table from before stance per code: every code takes the passage's valence.
      return new Coding(
          (String) row.get("doc_id"),
          (String) row.getOrDefault("language", ""),
          stance,
          codes,
          stance.equals("appreciative") ? codes : Set.of(),
          stance.equals("deficit") ? codes : Set.of(),
          stance.equals("wish") ? codes : Set.of(),
          Set.of());
    }
    return new Coding(
        (String) row.get("doc_id"),
        (String) row.getOrDefault("language", ""),
        stance,
        codes,
        new LinkedHashSet<>((List<String>) row.get("valued")),
        new LinkedHashSet<>((List<String>) row.get("hindered")),
        new LinkedHashSet<>((List<String>) row.get("wished")),
        Set.of(),
        confidence(row));
  }

  private static double confidence(Map<String, Object> row) {
    Object cell = row.get("confidence");
    return cell == null || cell.toString().isBlank() || cell.toString().equals("null")
        ? Double.NaN
        : Double.parseDouble(cell.toString());
  }

  /** Two passages of one document: codes together, the later stance where it has one. */
  private static Coding merge(Coding a, Coding b) {
    return new Coding(
        a.id(),
        a.language(),
        b.stance().equals("neutral") ? a.stance() : b.stance(),
        union(a.codes(), b.codes()),
        union(a.valued(), b.valued()),
        union(a.hindered(), b.hindered()),
        union(a.wished(), b.wished()),
        Set.of(),
        Math.min(a.confidence(), b.confidence()));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static Iterable<CSVRecord> csv(Path file) throws IOException {
    Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    return CSVParser.parse(
        reader, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
  }

  private static Set<String> list(String cell) {
    Set<String> items = new LinkedHashSet<>();
    for (String item : cell.split(";")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }

  // ---------------------------------------------------------------- scoring

  private Coding predicted(String id) {
    Coding coding = coded.get(id);
    return coding != null
        ? coding
        : new Coding(id, "", "neutral", Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
  }

  private String lens(String language, String code) {
    for (Code c : codebooks.get(language).codes()) {
      if (c.id().equals(code)) {
        return c.categoryId();
      }
    }
    return "?";
  }

  private Set<String> lenses(String language, Set<String> codes) {
    Set<String> lenses = new LinkedHashSet<>();
    codes.forEach(code -> lenses.add(lens(language, code)));
    return lenses;
  }

  void print() {
    List<String> missing = gold.keySet().stream().filter(id -> !coded.containsKey(id)).toList();
    System.out.printf(
        "# Accuracy: %d labelled passages, %d coded%s%n%n",
        gold.size(),
        gold.size() - missing.size(),
        missing.isEmpty() ? "" : " (missing, scored as uncoded: " + missing.size() + ")");
    for (String language : List.of("nl", "en")) {
      List<Coding> rows =
          gold.values().stream().filter(g -> g.language().equals(language)).toList();
      if (!rows.isEmpty()) {
        printLanguage(language, rows);
      }
    }
  }

  private void printLanguage(String language, List<Coding> rows) {
    Codebook book = codebooks.get(language);
    System.out.printf("## %s (%s, %d passages)%n%n", language, book.id(), rows.size());
    printLenses(language, rows, book);
    printStance(rows);
    printPhenomena(rows);
    printCodeStances(rows);
    printValuedLens(language, rows);
    printByConfidence(language, rows);
  }

  private void printLenses(String language, List<Coding> rows, Codebook book) {
    System.out.println("| lens | precision | recall | F1 | kappa | gold | coded |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    double sumF1 = 0;
    int lenses = 0;
    for (var category : book.categories()) {
      long[][] table = new long[2][2];
      for (Coding g : rows) {
        boolean inGold = lenses(language, g.codes()).contains(category.id());
        boolean inCoded = lenses(language, predicted(g.id()).codes()).contains(category.id());
        table[inGold ? 1 : 0][inCoded ? 1 : 0]++;
      }
      Prf prf = new Prf(table[1][1], table[0][1], table[1][0]);
      sumF1 += prf.f1();
      lenses++;
      System.out.printf(
          "| %s | %s | %s | %s | %s | %d | %d |%n",
          category.id(),
          f(prf.precision()),
          f(prf.recall()),
          f(prf.f1()),
          f(CohensKappa.of(table)),
          table[1][0] + table[1][1],
          table[0][1] + table[1][1]);
    }
    System.out.printf("%nLens macro-F1: **%s**%n%n", f(sumF1 / lenses));
  }

  private void printStance(List<Coding> rows) {
    long[][] confusion = new long[4][4];
    for (Coding g : rows) {
      confusion[STANCES.indexOf(g.stance())][index(predicted(g.id()).stance())]++;
    }
    long right = 0;
    for (int i = 0; i < 4; i++) {
      right += confusion[i][i];
    }
    System.out.printf(
        "Passage stance accuracy: **%s** (%d of %d)%n%n",
        f((double) right / rows.size()), right, rows.size());
    System.out.println("| gold \\ coded | appreciative | deficit | wish | neutral |");
    System.out.println("| --- | ---: | ---: | ---: | ---: |");
    for (int i = 0; i < 4; i++) {
      System.out.printf(
          "| %s | %d | %d | %d | %d |%n",
          STANCES.get(i), confusion[i][0], confusion[i][1], confusion[i][2], confusion[i][3]);
    }
    System.out.println();
  }

  private static int index(String stance) {
    int i = STANCES.indexOf(stance.toLowerCase(Locale.ROOT));
    return i < 0 ? 3 : i;
  }

  private void printPhenomena(List<Coding> rows) {
    Map<String, int[]> byTag = new TreeMap<>();
    for (Coding g : rows) {
      boolean right = g.stance().equals(predicted(g.id()).stance());
      for (String tag : g.phenomena()) {
        int[] counts = byTag.computeIfAbsent(tag, t -> new int[2]);
        counts[0] += right ? 1 : 0;
        counts[1]++;
      }
    }
    System.out.println("| phenomenon | stance right | of | accuracy |");
    System.out.println("| --- | ---: | ---: | ---: |");
    byTag.forEach(
        (tag, counts) ->
            System.out.printf(
                "| %s | %d | %d | %s |%n",
                tag, counts[0], counts[1], f((double) counts[0] / counts[1])));
    System.out.println();
  }

  /** Of the codes both gold and coder give a passage, how many get the same stance. */
  private void printCodeStances(List<Coding> rows) {
    int same = 0;
    int shared = 0;
    for (Coding g : rows) {
      Coding p = predicted(g.id());
      for (String code : g.codes()) {
        if (p.codes().contains(code)) {
          shared++;
          same += codeStance(g, code).equals(codeStance(p, code)) ? 1 : 0;
        }
      }
    }
    System.out.printf(
        "Code stance agreement (codes both give): %s (%d of %d)%n%n",
        f(shared == 0 ? Double.NaN : (double) same / shared), same, shared);
  }

  private static String codeStance(Coding coding, String code) {
    if (coding.valued().contains(code)) {
      return "valued";
    }
    if (coding.hindered().contains(code)) {
      return "hindered";
    }
    return coding.wished().contains(code) ? "wished" : "none";
  }

  /** The report's question: which lenses a passage counts as valued in. */
  private void printValuedLens(String language, List<Coding> rows) {
    long both = 0;
    long goldOnly = 0;
    long codedOnly = 0;
    for (Coding g : rows) {
      Set<String> gold = lenses(language, g.valued());
      Set<String> coded = lenses(language, predicted(g.id()).valued());
      for (String lens : union(gold, coded)) {
        if (gold.contains(lens) && coded.contains(lens)) {
          both++;
        } else if (gold.contains(lens)) {
          goldOnly++;
        } else {
          codedOnly++;
        }
      }
    }
    Prf prf = new Prf(both, codedOnly, goldOnly);
    System.out.printf(
        "Valued in the right lens: precision %s, recall %s, F1 **%s**%n%n",
        f(prf.precision()), f(prf.recall()), f(prf.f1()));
  }

  /**
   * Issue 12's question: how right the passages are that a model is sure of. Passages kept at each
   * confidence threshold, their stance accuracy and how many of the lenses they count as valued are
   * right (what the report counts), and the stance accuracy of the surest 75%.
   */
  private void printByConfidence(String language, List<Coding> rows) {
    List<Coding> sure =
        rows.stream()
            .filter(g -> !Double.isNaN(predicted(g.id()).confidence()))
            .sorted(
                Comparator.comparingDouble((Coding g) -> -predicted(g.id()).confidence())
                    .thenComparing(Coding::id))
            .toList();
    if (sure.isEmpty()) {
      return;
    }
    System.out.println(
        "| confidence at least | passages kept | share | stance accuracy | valued lenses right |");
    System.out.println("| ---: | ---: | ---: | ---: | ---: |");
    for (double threshold :
        new double[] {0, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97}) {
      List<Coding> kept =
          sure.stream().filter(g -> predicted(g.id()).confidence() >= threshold).toList();
      System.out.printf(
          "| %.2f | %d | %s | %s | %s |%n",
          threshold,
          kept.size(),
          f((double) kept.size() / rows.size()),
          f(stanceRight(kept)),
          valuedLensesRight(language, kept));
    }
    List<Coding> surest = sure.subList(0, (int) Math.ceil(0.75 * rows.size()));
    System.out.printf(
        "%nStance accuracy of the surest 75%% (confidence from %.2f): **%s**%n%n",
        predicted(surest.get(surest.size() - 1).id()).confidence(), f(stanceRight(surest)));
  }

  /** Of the lenses {@code rows} are coded as valued in, how many are right, with their number. */
  private String valuedLensesRight(String language, List<Coding> rows) {
    long counted = 0;
    long right = 0;
    for (Coding g : rows) {
      Set<String> gold = lenses(language, g.valued());
      for (String lens : lenses(language, predicted(g.id()).valued())) {
        counted++;
        right += gold.contains(lens) ? 1 : 0;
      }
    }
    return counted == 0 ? "-" : f((double) right / counted) + " (" + right + " of " + counted + ")";
  }

  private double stanceRight(List<Coding> rows) {
    return rows.isEmpty()
        ? Double.NaN
        : (double) rows.stream().filter(g -> g.stance().equals(predicted(g.id()).stance())).count()
            / rows.size();
  }

  record Prf(long truePositives, long falsePositives, long falseNegatives) {
    double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(long a, long b) {
      return b == 0 ? Double.NaN : (double) a / b;
    }
  }

  private static String f(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String f(OptionalDouble value) {
    return value.isPresent() ? f(value.getAsDouble()) : "–";
  }
}
