package nl.waardevol.write;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import nl.waardevol.agree.Agreement;
import nl.waardevol.agree.ContingencyTable;
import nl.waardevol.agree.Level;
import nl.waardevol.agree.PassageKey;
import nl.waardevol.codebook.Codebook;

/** The agreement as a page a researcher and a reviewer can read. */
final class AgreementMarkdown {
  private static final String UNDEFINED = "not defined";

  private AgreementMarkdown() {}

  static void write(Agreement agreement, AgreementWriter.Context context, Writer writer)
      throws IOException {
    PrintWriter out = new PrintWriter(writer);
    Codebook codebook = context.codebook();
    String labels =
        switch (context.level()) {
          case CODE -> "codes";
          case CATEGORY -> "categories (lenses)";
          case STANCE -> "codes with their stance (valued, hindered, wished)";
        };
    out.println("# Agreement of the automatic coding with a human coder");
    out.println();
    out.println("| | |");
    out.println("| --- | --- |");
    out.printf("| human coding (the reference) | %s |%n", Markdown.escape(context.human()));
    out.printf("| automatic coding | %s |%n", Markdown.escape(context.auto()));
    out.printf(
        "| compared | the %s of codebook %s %s (SHA-256 %s) |%n",
        labels,
        Markdown.escape(codebook.id()),
        Markdown.escape(codebook.version()),
        codebook.hash());
    out.printf("| passages compared | %d |%n", agreement.compared());
    out.printf("| passages only in the human coding | %d |%n", agreement.onlyHuman().size());
    out.printf("| passages only in the automatic coding | %d |%n", agreement.onlyAuto().size());
    out.println();
    overall(agreement, labels, out);
    rows(agreement, context.level(), out);
    unmatched("Passages only in the human coding", agreement.onlyHuman(), out);
    unmatched("Passages only in the automatic coding", agreement.onlyAuto(), out);
    out.flush();
  }

  private static void overall(Agreement agreement, String labels, PrintWriter out) {
    ContingencyTable pooled = agreement.pooled();
    out.println("## Overall");
    out.println();
    out.println("| measure | value |");
    out.println("| --- | ---: |");
    OptionalDouble alpha = agreement.alpha();
    out.printf(
        "| Krippendorff's α over the sets of %s per passage (multi-valued) | %s |%n",
        labels,
        alpha.isPresent()
            ? AgreementWriter.decimal(alpha, "")
                + " ("
                + AgreementWriter.band(alpha.getAsDouble())
                + ")"
            : UNDEFINED);
    out.printf(
        "| passages given exactly the same %s | %s |%n",
        labels,
        agreement.identicalShare().isPresent()
            ? String.format(
                Locale.ROOT,
                "%.1f%% (%d of %d)",
                100 * agreement.identicalShare().getAsDouble(),
                agreement.identical(),
                agreement.compared())
            : UNDEFINED);
    out.printf(
        "| precision, pooled over all %s | %s |%n",
        labels, AgreementWriter.decimal(pooled.precision(), UNDEFINED));
    out.printf(
        "| recall, pooled over all %s | %s |%n",
        labels, AgreementWriter.decimal(pooled.recall(), UNDEFINED));
    out.printf(
        "| F1, pooled over all %s | %s |%n",
        labels, AgreementWriter.decimal(pooled.f1(), UNDEFINED));
    out.println();
    out.printf(
        Locale.ROOT,
        "Reading α (Krippendorff 2004, *Content Analysis*, p. 241): α ≥ %.3f is reliable; %.3f ≤ α < %.3f is tentative, "
            + "good for tentative conclusions only; below %.3f the coding is not reliable. The human coding is the reference: "
            + "precision is the share of the automatic codings the human made too, recall the share of the human's codings the "
            + "automatic coding found.%n%n",
        AgreementWriter.RELIABLE,
        AgreementWriter.TENTATIVE,
        AgreementWriter.RELIABLE,
        AgreementWriter.TENTATIVE);
  }

  private static void rows(Agreement agreement, Level level, PrintWriter out) {
    boolean codes = level.inLenses();
    out.println(codes ? "## Per code" : "## Per category");
    out.println();
    out.println(
        codes
            ? "| code | lens | both | only human | only automatic | neither | precision | recall | F1 | κ | α | agreement |"
            : "| category | both | only human | only automatic | neither | precision | recall | F1 | κ | α | agreement |");
    out.println(
        codes
            ? "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
            : "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (Agreement.LabelAgreement row : agreement.labels()) {
      ContingencyTable t = row.table();
      out.printf(
          "| %s |%s %d | %d | %d | %d | %s | %s | %s | %s | %s | %s |%n",
          Markdown.escape(row.label().id()),
          codes ? " " + Markdown.escape(row.label().parent()) + " |" : "",
          t.both(),
          t.onlyHuman(),
          t.onlyAuto(),
          t.neither(),
          AgreementWriter.decimal(t.precision(), UNDEFINED),
          AgreementWriter.decimal(t.recall(), UNDEFINED),
          AgreementWriter.decimal(t.f1(), UNDEFINED),
          AgreementWriter.decimal(t.kappa(), UNDEFINED),
          AgreementWriter.decimal(t.alpha(), UNDEFINED),
          t.agreement().isPresent()
              ? String.format(Locale.ROOT, "%.1f%%", 100 * t.agreement().getAsDouble())
              : UNDEFINED);
    }
    out.println();
    out.println(
        "κ is Cohen's kappa, α binary Krippendorff's alpha, agreement the share of passages on which both coders gave the "
            + (codes ? "code" : "category")
            + " or both did not. *Not defined* means there is nothing to measure: precision when the automatic coding never gave it, "
            + "recall when the human never gave it, F1 when neither did, κ and α when every passage got the same from both coders "
            + "(none, or all of them).");
    out.println();
  }

  private static void unmatched(String title, List<PassageKey> passages, PrintWriter out) {
    if (passages.isEmpty()) {
      return;
    }
    out.printf("## %s (%d)%n%n", title, passages.size());
    out.println(
        "Not compared: the other coding lacks them. Were both made from the same transcripts, with the same interviewer labels?");
    out.println();
    passages.forEach(passage -> out.println("- " + Markdown.escape(passage.toString())));
    out.println();
  }
}
