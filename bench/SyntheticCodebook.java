import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.CodebookLoader;
import nl.waardevol.codebook.Term;

/**
 * Writes a codebook with N include terms for the term-scaling benchmark: the three lenses and
 * thirty codes of the base codebook, its valence lexicon, and N terms (70% words, 15% prefixes, 15%
 * two-word phrases). The first 100 terms are drawn from the words of a corpus; the rest are corpus
 * words with a derivational suffix, which look like Dutch but rarely occur, so that a larger
 * codebook costs more lookups but does not simply produce more output. Deterministic. Run with the
 * jar on the class path: java -cp target/waardevol.jar bench/SyntheticCodebook.java BASE.yaml
 * CORPUS_DIR N
 */
public class SyntheticCodebook {
  private static final String[] SUFFIXES = {"schap", "erij", "isme", "achtig", "loosheid", "ling"};

  public static void main(String[] args) throws Exception {
    Path base = Path.of(args[0]);
    Codebook codebook = new CodebookLoader().parse(Files.readAllBytes(base), base.toString());
    List<String> vocabulary = vocabulary(Path.of(args[1]));
    int terms = Integer.parseInt(args[2]);
    List<List<String>> perCode = new ArrayList<>();
    codebook.codes().forEach(code -> perCode.add(new ArrayList<>()));
    TreeSet<String> used = new TreeSet<>();
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int i = 0, n = 0; n < terms; i++) {
      String word = vocabulary.get(random.nextInt(vocabulary.size()));
      String next = vocabulary.get(random.nextInt(vocabulary.size()));
      if (n >= 100) {
        word = word + SUFFIXES[random.nextInt(SUFFIXES.length)];
      }
      // Mostly words; once the corpus's words are used up, phrases keep the terms distinct.
      String term =
          switch (i % 20) {
            case 0, 1, 2 ->
                n >= 100 ? word + "*" : word.length() >= 5 ? word.substring(0, 5) + "*" : word;
            case 3, 4, 5 -> word + " " + next;
            default -> used.contains(word) ? word + " " + next : word;
          };
      if (used.add(term)) {
        perCode.get(n % perCode.size()).add(term);
        n++;
      }
    }
    Map<String, Object> book = new LinkedHashMap<>();
    book.put("id", "synthetic-" + terms);
    book.put("version", "1");
    book.put("language", codebook.language());
    Map<String, Object> valence = new LinkedHashMap<>();
    valence.put("appreciative", sources(codebook.valence().appreciative()));
    valence.put("deficit", sources(codebook.valence().deficit()));
    valence.put("negators", List.copyOf(codebook.valence().negators()));
    valence.put("contrast", List.copyOf(codebook.valence().contrast()));
    book.put("valence", valence);
    List<Object> categories = new ArrayList<>();
    int index = 0;
    for (var category : codebook.categories()) {
      List<Object> codes = new ArrayList<>();
      for (var code : category.codes()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", code.id());
        entry.put("include", perCode.get(index++));
        codes.add(entry);
      }
      categories.add(Map.of("id", category.id(), "codes", codes));
    }
    book.put("categories", categories);
    new ObjectMapper(new YAMLFactory()).writeValue(System.out, book);
  }

  private static List<String> sources(List<Term> terms) {
    return terms.stream().map(Term::source).toList();
  }

  private static List<String> vocabulary(Path corpus) throws Exception {
    TreeSet<String> words = new TreeSet<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().limit(200).toList()) {
        for (String word : Files.readString(file).toLowerCase().split("[^\\p{L}]+")) {
          if (word.length() >= 3) {
            words.add(word);
          }
        }
      }
    }
    return List.copyOf(words);
  }
}
