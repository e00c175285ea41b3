package nl.waardevol.write;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * A {@link ChartDrawing} as a PNG picture, drawn with Java2D: the same rectangles and labels as the
 * SVG, so the Word report shows what the HTML report shows.
 */
final class PngChart {
  /** Pixels per drawing unit, so that the picture stays sharp when printed. */
  static final double SCALE = 1.5;

  private PngChart() {}

  static byte[] of(ChartDrawing drawing) throws IOException {
    BufferedImage image =
        new BufferedImage(
            (int) Math.ceil(drawing.width() * SCALE),
            (int) Math.ceil(drawing.height() * SCALE),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.scale(SCALE, SCALE);
      for (ChartDrawing.Shape shape : drawing.shapes()) {
        if (shape instanceof ChartDrawing.Box box) {
          g.setColor(new Color(Integer.parseInt(box.fill(), 16)));
          g.fillRect(box.x(), box.y(), box.width(), box.height());
        } else if (shape instanceof ChartDrawing.Label label) {
          g.setColor(new Color(0x1a1a1a));
          g.setFont(new Font("DejaVu Sans", label.bold() ? Font.BOLD : Font.PLAIN, label.size()));
          g.drawString(label.text(), label.x(), label.y());
        }
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return png.toByteArray();
  }
}
