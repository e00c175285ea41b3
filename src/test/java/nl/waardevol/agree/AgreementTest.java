package nl.waardevol.agree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AgreementTest {
  private static final List<Agreement.Label> LABELS =
      List.of(
          new Agreement.Label("rust", "proces"),
          new Agreement.Label("luisteren", "houding"),
          new Agreement.Label("ongebruikt", "houding"));

  private static Map<PassageKey, Set<String>> coding(Object... keysAndSets) {
    Map<PassageKey, Set<String>> map = new TreeMap<>();
    for (int i = 0; i < keysAndSets.length; i += 2) {
      String[] key = ((String) keysAndSets[i]).split("#");
      Set<String> codes = new java.util.LinkedHashSet<>();
      ((Set<?>) keysAndSets[i + 1]).forEach(code -> codes.add((String) code));
      map.put(new PassageKey(key[0], Integer.parseInt(key[1])), codes);
    }
    return map;
  }

  @Test
  void countsPerLabelInCodebookOrderAndListsPassagesInOneCodingOnly() {
    var human =
        coding(
            "a#1",
            Set.of("rust"),
            "a#2",
            Set.of("rust", "luisteren"),
            "a#3",
            Set.of(),
            "b#1",
            Set.of("rust"));
    var auto =
        coding(
            "a#1",
            Set.of("rust"),
            "a#2",
            Set.of("rust"),
            "a#3",
            Set.of("luisteren"),
            "c#4",
            Set.of());

    Agreement agreement = Agreement.compare(human, auto, LABELS);

    assertEquals(3, agreement.compared());
    assertEquals(List.of(new PassageKey("b", 1)), agreement.onlyHuman());
    assertEquals(List.of(new PassageKey("c", 4)), agreement.onlyAuto());
    assertEquals(
        List.of("rust", "luisteren", "ongebruikt"),
        agreement.labels().stream().map(l -> l.label().id()).toList());
    assertEquals(new ContingencyTable(2, 0, 0, 1), agreement.labels().get(0).table());
    assertEquals(new ContingencyTable(0, 1, 1, 1), agreement.labels().get(1).table());
    assertEquals(new ContingencyTable(0, 0, 0, 3), agreement.labels().get(2).table());
    assertEquals(1, agreement.identical());
    assertEquals(new ContingencyTable(2, 1, 1, 5), agreement.pooled());
  }

  @Test
  void identicalCodingsAgreeFully() {
    var coding = coding("a#1", Set.of("rust"), "a#2", Set.of("rust", "luisteren"), "a#3", Set.of());
    Agreement agreement = Agreement.compare(coding, coding, LABELS);
    assertEquals(1.0, agreement.alpha().getAsDouble(), 1e-12);
    assertEquals(1.0, agreement.identicalShare().getAsDouble());
  }

  @Test
  void aLabelOutsideTheListStillGetsARow() {
    var human = coding("a#1", Set.of("nieuw"));
    var auto = coding("a#1", Set.of());
    Agreement agreement = Agreement.compare(human, auto, LABELS);
    assertEquals("nieuw", agreement.labels().get(3).label().id());
    assertEquals(new ContingencyTable(0, 1, 0, 0), agreement.labels().get(3).table());
  }

  @Test
  void nothingInCommonIsNotDefined() {
    Agreement agreement =
        Agreement.compare(coding("a#1", Set.of("rust")), coding("b#1", Set.of("rust")), LABELS);
    assertEquals(0, agreement.compared());
    assertTrue(agreement.alpha().isEmpty());
    assertTrue(agreement.identicalShare().isEmpty());
  }
}
