package nl.waardevol.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The valued counts of an earlier period's JSON report ({@code report --format json}), for {@code
 * report --compare}.
 *
 * @param source the file it was read from, as the user named it
 * @param valued every group's appreciative counts per code
 */
public record EarlierReport(
    String source,
    String codebookId,
    String codebookVersion,
    String codebookHash,
    List<String> by,
    List<Entry> valued) {
  public EarlierReport {
    by = List.copyOf(by);
    valued = List.copyOf(valued);
  }

  /** One group's valued passages of one code. */
  public record Entry(
      List<String> key, String codeId, String lensId, String label, int documents, int passages) {
    public Entry {
      key = List.copyOf(key);
    }
  }

  public static EarlierReport read(String path) throws InputProblem {
    JsonNode root;
    if (!Files.isRegularFile(Path.of(path))) {
      throw new InputProblem(
          path,
          0,
          "no such file; give the JSON report of an earlier period (report --format json)");
    }
    try {
      root = new ObjectMapper().readTree(Files.readString(Path.of(path)));
    } catch (JsonProcessingException e) {
      throw new InputProblem(
          path,
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "is not valid JSON; give the JSON report of an earlier period (report --format json)");
    } catch (IOException e) {
      throw new InputProblem(path, 0, "could not be read (" + e.getMessage() + ")");
    }
    JsonNode codebook = root.path("codebook");
    if (!codebook.path("id").isTextual() || !root.path("groups").isArray()) {
      throw new InputProblem(
          path,
          0,
          "is not a JSON report of waardevol (no codebook or groups); give the file an earlier 'waardevol report --format json' wrote");
    }
    List<String> by = new ArrayList<>();
    root.path("by").forEach(key -> by.add(key.asText()));
    List<Entry> valued = new ArrayList<>();
    for (JsonNode group : root.path("groups")) {
      List<String> key = by.stream().map(name -> group.path("key").path(name).asText("")).toList();
      for (JsonNode lens : group.path("lenses")) {
        for (JsonNode code : lens.path("codes")) {
          if (code.path("valence").asText().equals("appreciative")) {
            valued.add(
                new Entry(
                    key,
                    code.path("code").asText(),
                    code.path("lens").asText(),
                    code.path("label").asText(code.path("code").asText()),
                    code.path("documents").asInt(),
                    code.path("passages").asInt()));
          }
        }
      }
    }
    return new EarlierReport(
        path,
        codebook.path("id").asText(),
        codebook.path("version").asText(),
        codebook.path("sha256").asText(),
        by,
        valued);
  }
}
