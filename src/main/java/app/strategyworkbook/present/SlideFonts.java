package app.strategyworkbook.present;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The slides' one font, Liberation Sans regular and bold (SIL Open Font License 1.1), shipped with the app so every
 * machine measures and draws the same letters. Text is measured here once, from the font file's own widths, and every
 * output draws it as measured: the PDF embeds these fonts, the pictures and the screen load them, and the PowerPoint
 * names Arial, whose widths Liberation Sans shares.
 */
public final class SlideFonts {
    /** Where the font files are on the class path (from the openpdf-fonts-extra jar). */
    public static final String REGULAR_FILE = "/liberation/LiberationSans-Regular.ttf";
    public static final String BOLD_FILE = "/liberation/LiberationSans-Bold.ttf";
    /** The family name the fonts register under with the screen and the pictures. */
    public static final String FAMILY = "Liberation Sans";
    /** The font the PowerPoint names: metric-compatible, and on every office machine. */
    public static final String OFFICE_FAMILY = "Arial";
    /** A line's height as a share of the font size. */
    public static final double LINE_HEIGHT = 1.25;

    private static final class Loaded {
        static final Face REGULAR = new Face(read(REGULAR_FILE));
        static final Face BOLD = new Face(read(BOLD_FILE));
    }

    private SlideFonts() {
    }

    /** The font file's bytes, for an output that embeds or loads it. */
    public static byte[] file(boolean bold) {
        return (bold ? Loaded.BOLD : Loaded.REGULAR).bytes;
    }

    /** How wide {@code text} is at {@code size}, in the units of the size. */
    public static double width(String text, double size, boolean bold) {
        return (bold ? Loaded.BOLD : Loaded.REGULAR).width(text) * size;
    }

    /** The height above the baseline of the font's tallest letters, as a share of the size. */
    public static double ascent() {
        return Loaded.REGULAR.ascent;
    }

    /** Where a line's baseline lies below the top of its line box, at {@code size}. */
    public static double baseline(double size) {
        double inked = Loaded.REGULAR.ascent + Loaded.REGULAR.descent;
        return ((LINE_HEIGHT - inked) / 2 + Loaded.REGULAR.ascent) * size;
    }

    /**
     * The text as the font can draw it: control and format characters (bidi overrides, zero-width spaces) are left
     * out, a line break becomes a space, and a letter the font does not have becomes "?", so every output shows the
     * same thing and none fails on it.
     */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                return;
            } else if (Loaded.REGULAR.has(c) && Loaded.BOLD.has(c)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /**
     * The lines {@code text} takes in {@code width} at {@code size}: broken between words, and inside a word only
     * when the word alone is wider than the line.
     */
    public static List<String> wrap(String text, double size, boolean bold, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String tried = line.length() == 0 ? word : line + " " + word;
            if (width(tried, size, bold) <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A word wider than the line (a long link) is broken where it must be.
            String rest = word;
            while (width(rest, size, bold) > width && rest.length() > 1) {
                int fit = 1;
                while (fit < rest.length() && width(rest.substring(0, fit + 1), size, bold) <= width) {
                    fit++;
                }
                lines.add(rest.substring(0, fit));
                rest = rest.substring(fit);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static byte[] read(String file) {
        try (InputStream in = SlideFonts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("The slides' font " + file + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One font file's widths, read once. */
    private static final class Face {
        final byte[] bytes;
        final double ascent;
        final double descent;
        private final float[] widths = new float[0x10000];
        private final boolean[] known = new boolean[0x10000];

        Face(byte[] bytes) {
            this.bytes = bytes;
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                double em = font.getUnitsPerEm();
                ascent = font.getHorizontalHeader().getAscender() / em;
                descent = -font.getHorizontalHeader().getDescender() / em;
                CmapLookup cmap = font.getUnicodeCmapLookup();
                for (int c = 0; c < 0x10000; c++) {
                    int glyph = cmap.getGlyphId(c);
                    if (glyph > 0) {
                        known[c] = true;
                        widths[c] = (float) (font.getAdvanceWidth(glyph) / em);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean has(int c) {
            return c < 0x10000 && known[c];
        }

        double width(String text) {
            double sum = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                sum += known[c] ? widths[c] : widths['?'];
            }
            return sum;
        }
    }
}
