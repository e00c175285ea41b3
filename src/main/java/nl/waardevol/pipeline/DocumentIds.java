package nl.waardevol.pipeline;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.waardevol.read.Document;
import nl.waardevol.read.InputProblem;

/** Keeps every document id of a batch to one input, so that nothing is counted twice. */
public final class DocumentIds {
  private final Map<String, String> inputs = new HashMap<>();

  /** Claims the ids of one input's documents: all of them, or none when one is taken. */
  public void claim(List<Document> documents, String input) throws InputProblem {
    Map<String, String> claimed = new LinkedHashMap<>();
    for (Document document : documents) {
      String earlier = inputs.get(document.id());
      if (earlier == null && claimed.containsKey(document.id())) {
        earlier = input;
      }
      if (earlier != null) {
        throw new InputProblem(
            input,
            0,
            "has id '"
                + document.id()
                + "', which "
                + earlier
                + " has too; give each document its own id");
      }
      claimed.put(document.id(), input);
    }
    inputs.putAll(claimed);
  }

  /** Claims the document ids of a coded table: all of them, or none when one is taken. */
  public void claimFromTable(Collection<String> ids, String table) throws InputProblem {
    for (String id : ids) {
      String earlier = inputs.get(id);
      if (earlier != null && !earlier.equals(table)) {
        throw new InputProblem(
            table,
            0,
            "has passages of document '"
                + id
                + "', which "
                + earlier
                + " has too; read each document from one input only");
      }
    }
    ids.forEach(id -> inputs.put(id, table));
  }
}
