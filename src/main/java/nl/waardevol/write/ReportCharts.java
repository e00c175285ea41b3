package nl.waardevol.write;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.waardevol.aggregate.CodeResult;
import nl.waardevol.aggregate.Count;
import nl.waardevol.aggregate.Group;
import nl.waardevol.aggregate.Report;
import nl.waardevol.aggregate.RoleValues;
import nl.waardevol.aggregate.StanceCounts;
import nl.waardevol.aggregate.StanceCounts.Stance;
import nl.waardevol.codebook.Category;

/** The report's charts and heat table, made from its numbers, with their data as tables. */
final class ReportCharts {
  /** Four roles fit side by side; a fifth starts a new row. */
  private static final int ROLE_COLUMNS = 4;

  private final Report report;
  private final ReportText text;

  ReportCharts(Report report, ReportText text) {
    this.report = report;
    this.text = text;
  }

  /** Valued passages per group and lens, each cell shaded by its share of the largest. */
  Table heatTable() {
    List<String> header = new ArrayList<>();
    report.by().forEach(key -> header.add(text.key(key)));
    for (Category lens : report.codebook().categories()) {
      header.add(lens.label(text.language()));
    }
    int most =
        report.groups().stream()
            .flatMap(group -> group.valuedByLens().values().stream())
            .mapToInt(Count::passages)
            .max()
            .orElse(0);
    List<List<Table.Cell>> rows = new ArrayList<>();
    for (Group group : report.groups()) {
      List<Table.Cell> cells = new ArrayList<>();
      for (int i = 0; i < report.by().size(); i++) {
        cells.add(Table.Cell.of(text.value(report.by().get(i), group.key().get(i))));
      }
      for (Count count : group.valuedByLens().values()) {
        double heat = most == 0 ? 0 : (double) count.passages() / most;
        cells.add(new Table.Cell(ReportOutline.countText(count), heat));
      }
      rows.add(cells);
    }
    return new Table(text.get("overview.caption"), header, report.by().size(), rows);
  }

  /** Per role its most valued codes, as a share of the role's documents, side by side. */
  BarChart roles() {
    List<BarChart.Panel> panels = new ArrayList<>();
    for (RoleValues role : report.roles()) {
      List<BarChart.Bar> bars = new ArrayList<>();
      for (CodeResult result : role.valued()) {
        bars.add(
            new BarChart.Bar(
                label(result.codeId()),
                List.of(result.count().documents()),
                result.count().documents() + "/" + role.documents()));
      }
      panels.add(
          new BarChart.Panel(
              text.get("roles.panel", text.value("role", role.role()), role.documents()),
              role.documents(),
              bars));
    }
    return new BarChart(
        text.get("roles.view"),
        text.get("roles.description", RoleValues.TOP),
        List.of(new BarChart.Series(text.get("column.documents"), Palette.BLUE)),
        panels,
        ROLE_COLUMNS,
        rolesTable());
  }

  /** The roles' most valued codes, a column per role. */
  Table rolesTable() {
    List<String> header = new ArrayList<>(List.of("#"));
    report.roles().forEach(role -> header.add(text.value("role", role.role())));
    List<List<Table.Cell>> rows = new ArrayList<>();
    for (int rank = 0; rank < RoleValues.TOP; rank++) {
      List<Table.Cell> row = new ArrayList<>(List.of(Table.Cell.of(Integer.toString(rank + 1))));
      boolean any = false;
      for (RoleValues role : report.roles()) {
        if (rank < role.valued().size()) {
          CodeResult result = role.valued().get(rank);
          any = true;
          row.add(
              Table.Cell.of(
                  text.get(
                          "roles.cell",
                          label(result.codeId()),
                          result.count().documents(),
                          role.documents(),
                          Math.round(100.0 * result.count().documents() / role.documents()))
                      + ReportOutline.caution(result.count())));
        } else {
          row.add(Table.Cell.of(""));
        }
      }
      if (any) {
        rows.add(row);
      }
    }
    return new Table(text.get("roles.view"), header, header.size(), rows);
  }

  /**
   * Per code its passages per stance, stacked, a panel per lens on one scale; only the stances that
   * occur get a series.
   */
  BarChart stances(String title, List<StanceCounts> codes) {
    Set<Stance> present = EnumSet.noneOf(Stance.class);
    codes.forEach(code -> present.addAll(code.counts().keySet()));
    List<Stance> shown = List.copyOf(present);
    List<BarChart.Series> series =
        shown.stream()
            .map(stance -> new BarChart.Series(stanceName(stance), colour(stance)))
            .toList();
    int most =
        codes.stream()
            .mapToInt(code -> shown.stream().mapToInt(s -> code.count(s).passages()).sum())
            .max()
            .orElse(0);
    List<BarChart.Panel> panels = new ArrayList<>();
    List<List<Table.Cell>> rows = new ArrayList<>();
    for (Category lens : report.codebook().categories()) {
      List<BarChart.Bar> bars = new ArrayList<>();
      for (StanceCounts code : codes) {
        if (code.lensId().equals(lens.id())) {
          bars.add(bar(code, shown));
          rows.add(stanceRow(code, shown));
        }
      }
      if (!bars.isEmpty()) {
        panels.add(new BarChart.Panel(lens.label(text.language()), most, bars));
      }
    }
    List<String> header = new ArrayList<>(List.of(text.get("column.code")));
    series.forEach(s -> header.add(s.name()));
    String chartTitle = text.get("stances.chart", title);
    return new BarChart(
        chartTitle,
        text.get(
            "stances.description",
            title,
            String.join(", ", series.stream().map(BarChart.Series::name).toList())),
        series,
        panels,
        1,
        new Table(chartTitle, header, 1, rows));
  }

  private BarChart.Bar bar(StanceCounts code, List<Stance> shown) {
    List<Integer> values = shown.stream().map(stance -> code.count(stance).passages()).toList();
    return new BarChart.Bar(
        label(code.codeId()),
        values,
        String.join(" · ", values.stream().map(String::valueOf).toList()));
  }

  private List<Table.Cell> stanceRow(StanceCounts code, List<Stance> shown) {
    List<Table.Cell> row = new ArrayList<>(List.of(Table.Cell.of(label(code.codeId()))));
    shown.forEach(stance -> row.add(Table.Cell.of(ReportOutline.countText(code.count(stance)))));
    return row;
  }

  private String stanceName(Stance stance) {
    return text.get("stance." + stance.id());
  }

  private static String colour(Stance stance) {
    return switch (stance) {
      case VALUED -> Palette.BLUE;
      case HINDERED -> Palette.ORANGE;
      case WISHED -> Palette.GREEN;
    };
  }

  private String label(String codeId) {
    return report.codebook().code(codeId).map(code -> code.label(text.language())).orElse(codeId);
  }
}
