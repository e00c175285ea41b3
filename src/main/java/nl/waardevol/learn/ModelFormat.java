package nl.waardevol.learn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The model file: gzip of a header line, the {@link ModelInfo} as JSON, one sorted dictionary of
 * the features of all parts, then each part under its name: its outcomes, whether it is a yes/no
 * part, and per feature it weighs the gap to its dictionary index and its weights as floats (a
 * yes/no part's one weight; another part's outcome indexes with their weights); then the training
 * passages that {@link Neighbours} compares with, each as its weight, its lenses and the gaps
 * between the dictionary indexes of its lemmas and pairs. Read straight into the arrays the scorer
 * uses. The same model gives the same bytes.
 */
public final class ModelFormat {
  private static final String MAGIC = "waardevol model";
  private static final int VERSION = 4;

  private ModelFormat() {}

  public static void write(Model model, OutputStream sink) throws IOException {
    GZIPOutputStream zipped = new GZIPOutputStream(sink);
    DataOutputStream out = new DataOutputStream(zipped);
    out.writeUTF(MAGIC);
    out.writeInt(VERSION);
    writeBytes(out, new ObjectMapper().writeValueAsBytes(model.info()));
    Weights weights = model.weights();
    writeCount(out, weights.dictionary().length);
    for (String feature : weights.dictionary()) {
      out.writeUTF(feature);
    }
    writeCount(out, weights.parts().size());
    for (var part : weights.parts().entrySet()) {
      out.writeUTF(part.getKey());
      writePart(out, part.getValue());
    }
    writeNeighbours(out, model.neighbours());
    out.flush();
    zipped.finish();
  }

  private static void writePart(DataOutputStream out, Weights.Part part) throws IOException {
    writeCount(out, part.outcomes().length);
    for (String outcome : part.outcomes()) {
      out.writeUTF(outcome);
    }
    out.writeBoolean(part.yesNo());
    int[] features = part.features();
    writeCount(out, features.length);
    int previous = -1;
    for (int f = 0; f < features.length; f++) {
      writeCount(out, features[f] - previous - 1);
      previous = features[f];
      int from = part.start(f);
      if (part.yesNo()) {
        out.writeFloat(part.weights()[from]);
        continue;
      }
      writeCount(out, part.ends()[f] - from);
      for (int i = from; i < part.ends()[f]; i++) {
        writeCount(out, part.outcomeOf()[i]);
        out.writeFloat(part.weights()[i]);
      }
    }
  }

  private static void writeNeighbours(DataOutputStream out, Neighbours neighbours)
      throws IOException {
    writeCount(out, neighbours.lensCount());
    writeCount(out, neighbours.termsOf().length);
    for (int p = 0; p < neighbours.termsOf().length; p++) {
      writeCount(out, neighbours.weightOf()[p]);
      writeCount(out, neighbours.lensesOf()[p]);
      int[] terms = neighbours.termsOf()[p];
      writeCount(out, terms.length);
      int previous = -1;
      for (int term : terms) {
        writeCount(out, term - previous - 1);
        previous = term;
      }
    }
  }

  private static Neighbours readNeighbours(DataInputStream in, int dictionarySize)
      throws IOException {
    int lensCount = readCount(in);
    int passages = readCount(in);
    int[][] termsOf = new int[passages][];
    int[] lensesOf = new int[passages];
    int[] weightOf = new int[passages];
    for (int p = 0; p < passages; p++) {
      weightOf[p] = readCount(in);
      lensesOf[p] = readCount(in);
      termsOf[p] = new int[readCount(in)];
      int previous = -1;
      for (int t = 0; t < termsOf[p].length; t++) {
        previous += readCount(in) + 1;
        if (previous >= dictionarySize) {
          throw new EOFException();
        }
        termsOf[p][t] = previous;
      }
    }
    return new Neighbours(lensCount, dictionarySize, termsOf, lensesOf, weightOf);
  }

  /** Reads a model; {@code display} names the source in a problem's message. */
  public static Model read(InputStream source, String display) throws ModelProblem, IOException {
    try {
      DataInputStream in =
          new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16)));
      if (!MAGIC.equals(in.readUTF())) {
        throw notAModel(display);
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new ModelProblem(
            display
                + " is a model of format "
                + version
                + ", which this waardevol cannot read; train it again with this version");
      }
      ModelInfo info = new ObjectMapper().readValue(readBytes(in), ModelInfo.class);
      String[] dictionary = new String[readCount(in)];
      for (int i = 0; i < dictionary.length; i++) {
        dictionary[i] = in.readUTF();
      }
      Map<String, Weights.Part> parts = new LinkedHashMap<>();
      int count = readCount(in);
      for (int i = 0; i < count; i++) {
        String name = in.readUTF();
        if (!isPartName(name)) {
          throw notAModel(display);
        }
        parts.put(name, readPart(in, dictionary.length));
      }
      Neighbours neighbours = readNeighbours(in, dictionary.length);
      return new Model(info, new Weights(dictionary, parts), neighbours);
    } catch (ZipException
        | EOFException
        | JsonProcessingException
        | IllegalArgumentException
        | IndexOutOfBoundsException e) {
      throw notAModel(display);
    }
  }

  private static boolean isPartName(String name) {
    return name.startsWith(Model.LENS)
        || name.startsWith(Model.CODE)
        || name.equals(Model.STANCE)
        || name.equals(Model.CODE_STANCE);
  }

  private static Weights.Part readPart(DataInputStream in, int dictionarySize) throws IOException {
    String[] outcomes = new String[readCount(in)];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = in.readUTF();
    }
    boolean yesNo = in.readBoolean();
    int yes = Weights.yesIndex(outcomes);
    if (yesNo && yes < 0) {
      throw new EOFException();
    }
    int[] features = new int[readCount(in)];
    int[] ends = new int[features.length];
    int[] outcomeOf = new int[features.length];
    float[] weights = new float[features.length];
    int size = 0;
    int previous = -1;
    for (int f = 0; f < features.length; f++) {
      previous += readCount(in) + 1;
      if (previous >= dictionarySize) {
        throw new EOFException();
      }
      features[f] = previous;
      int width = yesNo ? 1 : readCount(in);
      for (int i = 0; i < width; i++) {
        int outcome = yesNo ? yes : readCount(in);
        if (outcome >= outcomes.length) {
          throw new EOFException();
        }
        if (size == weights.length) {
          outcomeOf = Arrays.copyOf(outcomeOf, 2 * size + 1);
          weights = Arrays.copyOf(weights, 2 * size + 1);
        }
        outcomeOf[size] = outcome;
        weights[size++] = in.readFloat();
      }
      ends[f] = size;
    }
    return new Weights.Part(
        outcomes,
        yesNo,
        features,
        ends,
        Arrays.copyOf(outcomeOf, size),
        Arrays.copyOf(weights, size));
  }

  private static ModelProblem notAModel(String display) {
    return new ModelProblem(
        display + " is not a waardevol model; give a file that 'waardevol train' wrote");
  }

  /** A non-negative number in seven-bit groups, low first: most counts and gaps take one byte. */
  private static void writeCount(DataOutputStream out, int count) throws IOException {
    int rest = count;
    while (rest >= 0x80) {
      out.writeByte(rest & 0x7f | 0x80);
      rest >>>= 7;
    }
    out.writeByte(rest);
  }

  private static int readCount(DataInputStream in) throws IOException {
    int count = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int next = in.readUnsignedByte();
      count |= (next & 0x7f) << shift;
      if (next < 0x80) {
        if (count < 0 || count > 1 << 24) {
          throw new EOFException();
        }
        return count;
      }
    }
    throw new EOFException();
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > 1 << 28) {
      throw new EOFException();
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }
}
