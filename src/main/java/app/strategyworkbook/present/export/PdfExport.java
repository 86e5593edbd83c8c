package app.strategyworkbook.present.export;

import app.strategyworkbook.present.Colour;
import app.strategyworkbook.present.Drawing;
import app.strategyworkbook.present.Drawing.Box;
import app.strategyworkbook.present.Drawing.Mark;
import app.strategyworkbook.present.Drawing.Text;
import app.strategyworkbook.present.SlideFonts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Drawings as a vector PDF: shapes as paths, text as text in the slides' own font, embedded (only the letters used),
 * so the PDF is small, sharp at any zoom, and its words can be searched and copied. A deck gets a page per slide at
 * the slide's proportions (13.33 x 7.5 inches at 16:9, 10 x 7.5 at 4:3, as PowerPoint's own), the strategy's title
 * as the document's, and an outline with a bookmark per section.
 */
public final class PdfExport {
    /** Points per design pixel: a 1600-pixel-wide slide is a 960-point (13.33-inch) page. */
    public static final float SCALE = 0.6f;

    private final PDDocument pdf = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDDocumentOutline outline = new PDDocumentOutline();

    /** A new PDF titled {@code title}; add pages, then {@link #bytes()} or {@link #document()}. */
    public PdfExport(String title, String subject) throws IOException {
        regular = PDType0Font.load(pdf, new ByteArrayInputStream(SlideFonts.file(false)), true);
        bold = PDType0Font.load(pdf, new ByteArrayInputStream(SlideFonts.file(true)), true);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setCreator("Strategy Workbook");
        info.setCreationDate(Calendar.getInstance());
        PDViewerPreferences viewer = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        viewer.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(viewer);
    }

    /** Adds a page the drawing's proportions, the drawing filling it; a bookmark named {@code bookmark} if given. */
    public void page(Drawing drawing, String bookmark) throws IOException {
        PDRectangle size = new PDRectangle((float) drawing.width() * SCALE, (float) drawing.height() * SCALE);
        PDPage page = new PDPage(size);
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            new Canvas(content, SCALE, 0, size.getHeight()).draw(drawing);
        }
        bookmark(page, bookmark);
    }

    /**
     * Adds an A4 page of the handout: the slide across the top, framed, and the speaker notes below it, continuing on
     * further pages where they are long.
     */
    public void handoutPage(Drawing slide, String heading, String notes, String footer, String bookmark)
            throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        float margin = 48;
        float width = a4.getWidth() - 2 * margin;
        float scale = (float) (width / slide.width());
        float slideHeight = (float) slide.height() * scale;
        PDPage page = new PDPage(a4);
        pdf.addPage(page);
        bookmark(page, bookmark);
        PDPageContentStream content = new PDPageContentStream(pdf, page);
        Canvas canvas = new Canvas(content, scale, margin, a4.getHeight() - margin);
        canvas.draw(slide);
        canvas.frame(slide.width(), slide.height(), Colour.of("#D0D7DE"));
        float y = a4.getHeight() - margin - slideHeight - 36;
        y = line(content, heading, margin, y, 13, true);
        y -= 6;
        String said = notes.isEmpty() ? "No speaker notes for this slide." : notes;
        for (String paragraph : said.split("\\n")) {
            for (String text : SlideFonts.wrap(paragraph, 11, false, width)) {
                if (y < margin + 30) {
                    footer(content, footer, margin, width);
                    content.close();
                    page = new PDPage(a4);
                    pdf.addPage(page);
                    content = new PDPageContentStream(pdf, page);
                    y = a4.getHeight() - margin;
                }
                y = line(content, text, margin, y, 11, false);
            }
            y -= 6;
        }
        footer(content, footer, margin, width);
        content.close();
    }

    private float line(PDPageContentStream content, String text, float x, float y, float size, boolean heavy)
            throws IOException {
        float baseline = y - (float) SlideFonts.baseline(size);
        content.beginText();
        content.setNonStrokingColor(new java.awt.Color(0x1F2328));
        content.setFont(heavy ? bold : regular, size);
        content.newLineAtOffset(x, baseline);
        content.showText(SlideFonts.printable(text));
        content.endText();
        return y - (float) (size * SlideFonts.LINE_HEIGHT);
    }

    private void footer(PDPageContentStream content, String text, float margin, float width) throws IOException {
        content.beginText();
        content.setNonStrokingColor(new java.awt.Color(0x57606A));
        content.setFont(regular, 9);
        content.newLineAtOffset(margin, margin / 2);
        content.showText(SlideFonts.printable(text));
        content.endText();
    }

    /** Adds a page of the given size in points with the drawing scaled to fit it, centred: the one-page summary. */
    public void fitted(Drawing drawing, PDRectangle size, String bookmark) throws IOException {
        PDPage page = new PDPage(size);
        pdf.addPage(page);
        float scale = (float) Math.min(size.getWidth() / drawing.width(), size.getHeight() / drawing.height());
        float left = (float) (size.getWidth() - drawing.width() * scale) / 2;
        float top = size.getHeight() - (float) (size.getHeight() - drawing.height() * scale) / 2;
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.setNonStrokingColor(color(drawing.background()));
            content.addRect(0, 0, size.getWidth(), size.getHeight());
            content.fill();
            new Canvas(content, scale, left, top).draw(drawing);
        }
        bookmark(page, bookmark);
    }

    private void bookmark(PDPage page, String title) {
        if (title == null || title.isEmpty()) {
            return;
        }
        PDPageFitDestination to = new PDPageFitDestination();
        to.setPage(page);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(to);
        outline.addLast(item);
    }

    /** The PDF made so far, for a caller that saves it; the outline is opened beside the pages. */
    public PDDocument document() {
        if (outline.hasChildren()) {
            pdf.getDocumentCatalog().setDocumentOutline(outline);
            pdf.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        }
        return pdf;
    }

    /** Writes the PDF to {@code out} and closes it. */
    public void save(java.io.OutputStream out) throws IOException {
        try (PDDocument done = document()) {
            done.save(out);
        }
    }

    private static java.awt.Color color(Colour c) {
        return new java.awt.Color(c.rgb());
    }

    /** Draws marks at a scale, with design y running down and the page's up. */
    private final class Canvas {
        private final PDPageContentStream content;
        private final float scale;
        private final float left;
        private final float top;

        Canvas(PDPageContentStream content, float scale, float left, float top) {
            this.content = content;
            this.scale = scale;
            this.left = left;
            this.top = top;
        }

        float x(double x) {
            return left + (float) x * scale;
        }

        float y(double y) {
            return top - (float) y * scale;
        }

        void draw(Drawing drawing) throws IOException {
            content.setNonStrokingColor(color(drawing.background()));
            content.addRect(x(0), y(drawing.height()), (float) drawing.width() * scale,
                    (float) drawing.height() * scale);
            content.fill();
            for (Mark mark : drawing.marks()) {
                draw(mark);
            }
        }

        void frame(double width, double height, Colour colour) throws IOException {
            content.setStrokingColor(color(colour));
            content.setLineWidth(0.75f);
            content.addRect(x(0), y(height), (float) width * scale, (float) height * scale);
            content.stroke();
        }

        void draw(Mark mark) throws IOException {
            if (mark instanceof Box b) {
                box(b);
            } else if (mark instanceof Text t) {
                text(t);
            } else if (mark instanceof Drawing.Rule r) {
                content.setStrokingColor(color(r.colour()));
                content.setLineWidth((float) r.width() * scale);
                content.moveTo(x(r.x1()), y(r.y1()));
                content.lineTo(x(r.x2()), y(r.y2()));
                content.stroke();
            } else if (mark instanceof Drawing.Path p) {
                content.setNonStrokingColor(color(p.fill()));
                for (Drawing.Step s : p.steps()) {
                    switch (s.kind()) {
                        case 'M' -> content.moveTo(x(s.x()), y(s.y()));
                        case 'L' -> content.lineTo(x(s.x()), y(s.y()));
                        default -> content.curveTo(x(s.x1()), y(s.y1()), x(s.x2()), y(s.y2()), x(s.x()), y(s.y()));
                    }
                }
                content.closePath();
                content.fill();
            } else if (mark instanceof Drawing.Table t) {
                for (Mark m : t.marks()) {
                    draw(m);
                }
            } else if (mark instanceof Drawing.Donut d) {
                for (Mark m : d.marks()) {
                    draw(m);
                }
            }
        }

        private void box(Box b) throws IOException {
            double r = Math.min(b.radius(), Math.min(b.width(), b.height()) / 2);
            double x0 = b.x();
            double y0 = b.y();
            double x1 = b.x() + b.width();
            double y1 = b.y() + b.height();
            double k = 0.5523 * r;
            content.moveTo(x(x0 + r), y(y0));
            content.lineTo(x(x1 - r), y(y0));
            content.curveTo(x(x1 - r + k), y(y0), x(x1), y(y0 + r - k), x(x1), y(y0 + r));
            content.lineTo(x(x1), y(y1 - r));
            content.curveTo(x(x1), y(y1 - r + k), x(x1 - r + k), y(y1), x(x1 - r), y(y1));
            content.lineTo(x(x0 + r), y(y1));
            content.curveTo(x(x0 + r - k), y(y1), x(x0), y(y1 - r + k), x(x0), y(y1 - r));
            content.lineTo(x(x0), y(y0 + r));
            content.curveTo(x(x0), y(y0 + r - k), x(x0 + r - k), y(y0), x(x0 + r), y(y0));
            content.closePath();
            if (b.fill() != null && b.stroke() != null) {
                content.setNonStrokingColor(color(b.fill()));
                content.setStrokingColor(color(b.stroke()));
                content.fillAndStroke();
            } else if (b.fill() != null) {
                content.setNonStrokingColor(color(b.fill()));
                content.fill();
            } else {
                content.setStrokingColor(color(b.stroke()));
                content.stroke();
            }
        }

        private void text(Text t) throws IOException {
            content.beginText();
            content.setNonStrokingColor(color(t.colour()));
            content.setFont(t.bold() ? bold : regular, (float) t.size() * scale);
            for (Drawing.Line line : t.lines()) {
                content.setTextMatrix(org.apache.pdfbox.util.Matrix.getTranslateInstance(x(line.x()),
                        y(line.baseline())));
                content.showText(line.text());
            }
            content.endText();
        }
    }
}
