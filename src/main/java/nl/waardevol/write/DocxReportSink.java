package nl.waardevol.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.waardevol.aggregate.Report;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The report as a Word document: Heading 1–3 styles (so Word's navigation pane and table of
 * contents work), Word tables, quotes in the Quote style, charts as pictures with their text as
 * alternative text. The same input gives the same bytes: the dates Word shows and the times in the
 * zip archive are fixed.
 */
final class DocxReportSink implements ReportSink {
  /** The date every report claims as created and modified; a real one would change every run. */
  static final Instant FIXED_DATE = Instant.parse("2026-01-01T00:00:00Z");

  private static final LocalDateTime FIXED_ZIP_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

  /** A4 with 2 cm margins, in twentieths of a point. */
  private static final int PAGE_WIDTH = 11906;

  private static final int PAGE_HEIGHT = 16838;
  private static final int MARGIN = 1134;
  private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
  private static final double TEXT_WIDTH_POINTS = TEXT_WIDTH / 20.0;

  /** Bounds on a column's share of a table, in characters of its longest text. */
  private static final int MIN_COLUMN_CHARS = 4;

  private static final int MAX_COLUMN_CHARS = 40;

  private static final int CELL_PADDING_CHARS = 2;

  /** Tables in a smaller type than the text, as reports set them, so that more columns fit. */
  private static final int TABLE_FONT_POINTS = 9;

  private final XWPFDocument document;
  private int charts;

  private DocxReportSink(XWPFDocument document) {
    this.document = document;
  }

  static void write(Report report, ReportText text, OutputStream out) throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      styles(document);
      page(document);
      new ReportOutline(report, text, new DocxReportSink(document)).write();
      var properties = document.getProperties().getCoreProperties();
      properties.setTitle(text.get("title"));
      properties.setCreator("waardevol " + report.toolVersion());
      properties.setCreated(Optional.of(Date.from(FIXED_DATE)));
      properties.setModified(Optional.of(Date.from(FIXED_DATE)));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.write(bytes);
      withFixedTimes(bytes.toByteArray(), out);
    }
  }

  /** Copies the archive with every entry's time fixed, the same in every time zone. */
  private static void withFixedTimes(byte[] archive, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(FIXED_ZIP_TIME);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    zip.finish();
    zip.flush();
  }

  private static void page(XWPFDocument document) {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar margins = section.addNewPgMar();
    BigInteger margin = BigInteger.valueOf(MARGIN);
    margins.setTop(margin);
    margins.setBottom(margin);
    margins.setLeft(margin);
    margins.setRight(margin);
  }

  /** Word's own style names, so that Word treats them as its built-in headings and quote. */
  private static void styles(XWPFDocument document) {
    XWPFStyles styles = document.createStyles();
    style(styles, "Heading1", "heading 1", 0, 32, "1F4E79", false);
    style(styles, "Heading2", "heading 2", 1, 26, "0072B2", false);
    style(styles, "Heading3", "heading 3", 2, 22, "1A1A1A", false);
    style(styles, "Quote", "Quote", -1, 20, "404040", true);
    style(styles, "Caption", "caption", -1, 18, "1A1A1A", false);
  }

  /**
   * @param outline the heading level from 0, or negative for a style that is no heading
   */
  private static void style(
      XWPFStyles styles,
      String id,
      String name,
      int outline,
      int halfPoints,
      String colour,
      boolean quote) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    style.addNewQFormat();
    style.addNewUiPriority().setVal(BigInteger.valueOf(outline >= 0 ? 9 : 29));
    CTPPrGeneral paragraph = style.addNewPPr();
    var spacing = paragraph.addNewSpacing();
    spacing.setBefore(BigInteger.valueOf(outline >= 0 ? 240 : 60));
    spacing.setAfter(BigInteger.valueOf(outline >= 0 ? 80 : 60));
    CTRPr run = style.addNewRPr();
    if (outline >= 0) {
      paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
      paragraph.addNewKeepNext();
      run.addNewB();
    } else if (quote) {
      paragraph.addNewInd().setLeft(BigInteger.valueOf(567));
      run.addNewI();
    } else {
      run.addNewB();
    }
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    run.addNewColor().setVal(colour);
    styles.addStyle(new XWPFStyle(style, styles));
  }

  @Override
  public void heading(int level, String text, boolean newPage) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setStyle("Heading" + level);
    paragraph.setPageBreak(newPage);
    paragraph.createRun().setText(text);
  }

  @Override
  public void paragraph(String text) {
    document.createParagraph().createRun().setText(text);
  }

  @Override
  public void note(String text) {
    XWPFRun run = document.createParagraph().createRun();
    run.setItalic(true);
    run.setText(text);
  }

  @Override
  public void bullets(List<String> items) {
    for (String item : items) {
      XWPFParagraph paragraph = indented();
      paragraph.createRun().setText("•\t" + item);
    }
  }

  private XWPFParagraph indented() {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setIndentationLeft(360);
    paragraph.setIndentationHanging(360);
    paragraph.setSpacingAfter(40);
    return paragraph;
  }

  @Override
  public void code(String label, String counts, List<QuoteLine> quotes) {
    XWPFParagraph paragraph = indented();
    XWPFRun bullet = paragraph.createRun();
    bullet.setText("•\t");
    XWPFRun name = paragraph.createRun();
    name.setBold(true);
    name.setText(label);
    paragraph.createRun().setText(": " + counts);
    for (QuoteLine quote : quotes) {
      XWPFParagraph said = document.createParagraph();
      said.setStyle("Quote");
      said.createRun().setText("“" + quote.text() + "”");
      XWPFRun source = said.createRun();
      source.setItalic(false);
      source.setText(" (" + quote.source() + ")");
    }
  }

  @Override
  public void table(Table table) {
    XWPFParagraph caption = document.createParagraph();
    caption.setStyle("Caption");
    keepWithNext(caption);
    caption.createRun().setText(table.caption());
    XWPFTable word = document.createTable(table.rows().size() + 1, table.header().size());
    int[] widths = columnWidths(table);
    var ctTable = word.getCTTbl();
    var grid = ctTable.getTblGrid() != null ? ctTable.getTblGrid() : ctTable.addNewTblGrid();
    for (int i = 0; i < widths.length; i++) {
      var column = i < grid.sizeOfGridColArray() ? grid.getGridColArray(i) : grid.addNewGridCol();
      column.setW(BigInteger.valueOf(widths[i]));
    }
    XWPFTableRow header = word.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int i = 0; i < table.header().size(); i++) {
      XWPFTableCell cell = header.getCell(i);
      cell.setWidth(Integer.toString(widths[i]));
      cell.setColor("EEEEEE");
      XWPFRun run = cell.getParagraphs().get(0).createRun();
      run.setBold(true);
      run.setFontSize(TABLE_FONT_POINTS);
      run.setText(table.header().get(i));
    }
    for (int r = 0; r < table.rows().size(); r++) {
      XWPFTableRow row = word.getRow(r + 1);
      row.setCantSplitRow(true);
      List<Table.Cell> cells = table.rows().get(r);
      for (int i = 0; i < cells.size(); i++) {
        row.getCell(i).setWidth(Integer.toString(widths[i]));
        cell(row.getCell(i), cells.get(i), i >= table.labelColumns());
      }
    }
    document.createParagraph();
  }

  /**
   * Column widths in twentieths of a point that fill the text width, shared by the longest text of
   * each column, so that names of regions and codes are not broken inside a word.
   */
  private static int[] columnWidths(Table table) {
    int columns = table.header().size();
    int[] longest = new int[columns];
    for (int i = 0; i < columns; i++) {
      // Header words are bold, so a little wider.
      longest[i] = longestWord(table.header().get(i)) * 3 / 2;
      for (List<Table.Cell> row : table.rows()) {
        longest[i] = Math.max(longest[i], Math.min(MAX_COLUMN_CHARS, row.get(i).text().length()));
      }
      longest[i] = Math.max(MIN_COLUMN_CHARS, longest[i]) + CELL_PADDING_CHARS;
    }
    int total = java.util.Arrays.stream(longest).sum();
    int[] widths = new int[columns];
    for (int i = 0; i < columns; i++) {
      widths[i] = TEXT_WIDTH * longest[i] / total;
    }
    return widths;
  }

  private static int longestWord(String text) {
    int longest = 0;
    for (String word : text.split(" ")) {
      longest = Math.max(longest, word.length());
    }
    return longest;
  }

  private static void cell(XWPFTableCell cell, Table.Cell content, boolean number) {
    XWPFParagraph paragraph = cell.getParagraphs().get(0);
    if (number) {
      paragraph.setAlignment(ParagraphAlignment.RIGHT);
    }
    XWPFRun run = paragraph.createRun();
    run.setFontSize(TABLE_FONT_POINTS);
    run.setText(content.text());
    if (content.heat() >= 0) {
      cell.setColor(Palette.heat(content.heat()));
      if (Palette.whiteTextOn(content.heat())) {
        run.setColor("FFFFFF");
      }
    }
  }

  @Override
  public void chart(BarChart chart) throws IOException {
    ChartDrawing drawing = ChartDrawing.of(chart);
    charts++;
    XWPFParagraph paragraph = document.createParagraph();
    keepWithNext(paragraph);
    XWPFRun run = paragraph.createRun();
    double width = TEXT_WIDTH_POINTS;
    double height = width * drawing.height() / drawing.width();
    try {
      run.addPicture(
          new ByteArrayInputStream(PngChart.of(drawing)),
          org.apache.poi.common.usermodel.PictureType.PNG,
          "chart-" + charts + ".png",
          Units.toEMU(width),
          Units.toEMU(height));
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException("a PNG chart was refused as a picture", e);
    }
    var picture = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
    picture.setName(chart.title());
    picture.setDescr(chart.description());
    table(chart.data());
  }

  /** Keeps a caption or picture on the page of what follows it. */
  private static void keepWithNext(XWPFParagraph paragraph) {
    var ctp = paragraph.getCTP();
    (ctp.isSetPPr() ? ctp.getPPr() : ctp.addNewPPr()).addNewKeepNext();
  }

  @Override
  public void finish() {}
}
