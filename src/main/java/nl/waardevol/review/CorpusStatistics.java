package nl.waardevol.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.code.Coder;
import nl.waardevol.code.Explanation;
import nl.waardevol.codebook.Code;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.Term;

/**
 * How a codebook's codes and terms behave on a corpus: per code the passages and documents it gets
 * and the codes it comes with; per term the passages it matches and how many it alone decided (the
 * code was given and no other include term of it matched).
 */
public final class CorpusStatistics {
  /** Counts for one code. */
  public record CodeStats(
      Code code, int passages, int documents, Map<String, Integer> cooccurring) {}

  /** Counts for one term. */
  public record TermStats(TermKey term, int passages, int decided) {}

  private final Codebook codebook;
  private final Coder coder;
  private final Map<TermKey, int[]> terms = new LinkedHashMap<>();
  private final Map<List<String>, TermKey> byName = new HashMap<>();
  private final Map<String, int[]> codePassages = new HashMap<>();
  private final Map<String, Set<String>> codeDocuments = new HashMap<>();
  private final Map<String, Map<String, Integer>> cooccurrence = new HashMap<>();
  private final Set<String> documents = new HashSet<>();
  private int passages;

  public CorpusStatistics(Codebook codebook) {
    this.codebook = codebook;
    this.coder = new Coder(codebook);
    for (Code code : codebook.codes()) {
      register(code.include(), Explanation.Role.INCLUDE, code.id());
      register(code.exclude(), Explanation.Role.EXCLUDE, code.id());
    }
    register(codebook.valence().appreciative(), Explanation.Role.APPRECIATIVE, "");
    register(codebook.valence().deficit(), Explanation.Role.DEFICIT, "");
  }

  private void register(List<Term> list, Explanation.Role role, String codeId) {
    for (Term term : list) {
      TermKey key = new TermKey(role, codeId, term.source(), term.line());
      if (byName.putIfAbsent(List.of(role.name(), codeId, term.source()), key) == null) {
        terms.put(key, new int[2]);
      }
    }
  }

  public void add(CodedPassage passage) {
    passages++;
    documents.add(passage.docId());
    Explanation explanation = coder.explain(passage.text());
    Map<TermKey, Boolean> seen = new LinkedHashMap<>();
    for (Explanation.TermMatch match : explanation.matches()) {
      // Only the codebook's own terms; not the stance markers or lexicon adjectives.
      TermKey key = key(match);
      if (key != null) {
        seen.put(key, true);
      }
    }
    seen.keySet().forEach(key -> terms.get(key)[0]++);
    for (String codeId : explanation.codes()) {
      codePassages.computeIfAbsent(codeId, id -> new int[1])[0]++;
      codeDocuments.computeIfAbsent(codeId, id -> new HashSet<>()).add(passage.docId());
      List<TermKey> includes =
          seen.keySet().stream()
              .filter(key -> key.role() == Explanation.Role.INCLUDE && key.codeId().equals(codeId))
              .toList();
      if (includes.size() == 1) {
        terms.get(includes.get(0))[1]++;
      }
      for (String other : explanation.codes()) {
        if (!other.equals(codeId)) {
          cooccurrence.computeIfAbsent(codeId, id -> new TreeMap<>()).merge(other, 1, Integer::sum);
        }
      }
    }
  }

  private TermKey key(Explanation.TermMatch match) {
    return byName.get(List.of(match.role().name(), match.codeId(), match.term()));
  }

  public int passages() {
    return passages;
  }

  public int documents() {
    return documents.size();
  }

  public List<CodeStats> codes() {
    List<CodeStats> result = new ArrayList<>();
    for (Code code : codebook.codes()) {
      int[] count = codePassages.get(code.id());
      result.add(
          new CodeStats(
              code,
              count == null ? 0 : count[0],
              codeDocuments.getOrDefault(code.id(), Set.of()).size(),
              cooccurrence.getOrDefault(code.id(), Map.of())));
    }
    return result;
  }

  public List<TermStats> terms() {
    List<TermStats> result = new ArrayList<>();
    terms.forEach((key, count) -> result.add(new TermStats(key, count[0], count[1])));
    return result;
  }
}
