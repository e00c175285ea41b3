import java.nio.file.Files;
import java.nio.file.Path;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.CodebookLoader;
import nl.waardevol.codebook.Term;

/**
 * Prints every plain word of a codebook (single words, no wildcard, no regex), one per line: the
 * grep baseline's term list. Run with the jar on the class path: java -cp target/waardevol.jar
 * bench/PlainTerms.java codebooks/wio-nl.yaml
 */
public class PlainTerms {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    Codebook codebook = new CodebookLoader().parse(Files.readAllBytes(file), file.toString());
    codebook.codes().stream()
        .flatMap(code -> code.include().stream())
        .filter(Term::isSingleWord)
        .filter(term -> !term.words().get(0).prefix())
        .map(term -> term.words().get(0).text())
        .distinct()
        .sorted()
        .forEach(System.out::println);
  }
}
