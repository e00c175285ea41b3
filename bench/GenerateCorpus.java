import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a synthetic corpus of Dutch interview transcripts for benchmarks: front matter like the
 * example corpus, interviewer and respondent turns, paragraphs of sentences drawn from the example
 * corpus. The same arguments always give the same files.
 *
 * <p>Usage: java bench/GenerateCorpus.java EXAMPLES_DIR OUT_DIR MEGABYTES [SEED]
 */
public class GenerateCorpus {
  private static final String[] REGIONS = {
    "Rotterdam", "Noord-Kennemerland", "Emmen/Borger-Odoorn", "Tilburg", "Utrecht", "Zwolle",
    "Groningen", "Eindhoven", "Almere", "Leiden", "Arnhem", "Maastricht"
  };
  private static final String[] ROLES = {"ouder", "jongere", "professional", "netwerk"};
  private static final String[] LABELS = {
    "Moeder", "Vader", "R", "Ouder", "Jongere", "Begeleider", "Mentor"
  };
  private static final int FILE_BYTES = 30_000;

  public static void main(String[] args) throws IOException {
    Path examples = Path.of(args[0]);
    Path out = Path.of(args[1]);
    long target = Long.parseLong(args[2]) * 1_000_000L;
    SplittableRandom random = new SplittableRandom(args.length > 3 ? Long.parseLong(args[3]) : 42);
    List<String> questions = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    collect(examples, questions, sentences);
    Files.createDirectories(out);
    long written = 0;
    for (int n = 1; written < target; n++) {
      String text = document(n, random, questions, sentences);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      Path dir = out.resolve(String.format("%03d", n / 1000));
      Files.createDirectories(dir);
      Files.write(dir.resolve(String.format("doc-%06d.md", n)), bytes);
      written += bytes.length;
    }
  }

  private static void collect(Path examples, List<String> questions, List<String> sentences)
      throws IOException {
    try (Stream<Path> files = Files.list(examples)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        boolean body = false;
        int dashes = 0;
        for (String line : Files.readAllLines(file)) {
          if (!body) {
            dashes += line.strip().equals("---") ? 1 : 0;
            body = dashes == 2;
            continue;
          }
          String text = line.replaceFirst("^\\s*(\\[[0-9:]+\\]\\s*)?[\\p{L}]+:\\s*", "").strip();
          if (text.isEmpty() || text.startsWith("#")) {
            continue;
          }
          List<String> target =
              line.matches("^\\s*(\\[[0-9:]+\\]\\s*)?I:.*") ? questions : sentences;
          for (String sentence : text.split("(?<=[.!?])\\s+")) {
            target.add(sentence);
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String document(
      int n, SplittableRandom random, List<String> questions, List<String> sentences) {
    StringBuilder text = new StringBuilder();
    String role = ROLES[random.nextInt(ROLES.length)];
    text.append("---\n")
        .append("id: doc-")
        .append(n)
        .append('\n')
        .append("region: ")
        .append(REGIONS[random.nextInt(REGIONS.length)])
        .append('\n')
        .append("role: ")
        .append(role)
        .append('\n')
        .append("type: ")
        .append(role.equals("netwerk") ? "werkatelier" : "interview")
        .append('\n')
        .append(
            String.format("date: 2026-%02d-%02d%n", 1 + random.nextInt(12), 1 + random.nextInt(28)))
        .append("interviewer: Interviewer ")
        .append(1 + random.nextInt(40))
        .append('\n')
        .append("language: nl\n")
        .append("---\n");
    String label = LABELS[random.nextInt(LABELS.length)];
    while (text.length() < FILE_BYTES) {
      text.append("I: ").append(questions.get(random.nextInt(questions.size()))).append("\n\n");
      text.append(label).append(": ");
      int paragraphs = 1 + random.nextInt(3);
      for (int p = 0; p < paragraphs; p++) {
        int count = 2 + random.nextInt(9);
        for (int s = 0; s < count; s++) {
          text.append(sentences.get(random.nextInt(sentences.size())))
              .append(s % 4 == 3 ? '\n' : ' ');
        }
        text.append("\n\n");
      }
    }
    return text.toString();
  }
}
