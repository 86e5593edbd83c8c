package app.strategyworkbook.present.export;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.present.Colour;
import app.strategyworkbook.present.Deck;
import app.strategyworkbook.present.Drawing;
import app.strategyworkbook.present.Slide;
import app.strategyworkbook.present.SlideFonts;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFDoughnutChartData;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.xmlbeans.XmlCursor;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The deck as a PowerPoint file to edit and drop into a board pack, made from the same layout as every other output:
 * each slide's title in its title placeholder (so outlines and screen readers find it), every other paragraph an
 * editable text box, tables as tables, the allocation as a doughnut chart with its data, the risk matrix and the
 * progress bars as shapes, and the speaker notes as the slide's notes. Text names Arial, whose widths the layout's
 * Liberation Sans shares, so it wraps in PowerPoint as it was laid out.
 */
public final class PptxExport {
    /** Points per design pixel, as the PDF: a 16:9 slide is 13.33 x 7.5 inches, PowerPoint's own widescreen. */
    private static final double SCALE = PdfExport.SCALE;

    private PptxExport() {
    }

    public static void write(Deck.Footing footing, List<Slide> slides, Path file) throws IOException,
            StrategyFormatException {
        List<Drawing> drawings = DeckExport.drawings(footing, slides, true);
        try (XMLSlideShow show = build(footing.title(), slides, drawings)) {
            StrategyFiles.writeAtomically(file, StrategyFiles.Kind.EXPORT, show::write);
        }
    }

    static XMLSlideShow build(String title, List<Slide> slides, List<Drawing> drawings) {
        XMLSlideShow show = new XMLSlideShow();
        show.setPageSize(new Dimension((int) Math.round(1600 * SCALE), (int) Math.round(900 * SCALE)));
        show.getProperties().getCoreProperties().setTitle(title);
        show.getProperties().getCoreProperties().setCreator("Strategy Workbook");
        XSLFSlideLayout titleOnly = show.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY);
        for (int i = 0; i < drawings.size(); i++) {
            XSLFSlide slide = show.createSlide(titleOnly);
            draw(show, slide, drawings.get(i));
            String notes = slides.get(i).notes();
            if (!notes.isEmpty()) {
                notes(show, slide, notes);
            }
        }
        return show;
    }

    private static void draw(XMLSlideShow show, XSLFSlide slide, Drawing drawing) {
        slide.getBackground().setFillColor(color(drawing.background()));
        XSLFTextShape placeholder = slide.getPlaceholder(0);
        boolean titled = false;
        for (Drawing.Mark mark : drawing.marks()) {
            if (mark instanceof Drawing.Box b) {
                box(slide, b);
            } else if (mark instanceof Drawing.Text t) {
                if (t.role().equals("title") && !titled && placeholder != null) {
                    text(placeholder, t);
                    titled = true;
                } else {
                    text(slide.createTextBox(), t);
                }
            } else if (mark instanceof Drawing.Table t) {
                table(slide, t);
            } else if (mark instanceof Drawing.Donut d) {
                donut(show, slide, d);
            } else if (mark instanceof Drawing.Rule r) {
                var line = slide.createConnector();
                line.setAnchor(new Rectangle2D.Double(Math.min(r.x1(), r.x2()) * SCALE,
                        Math.min(r.y1(), r.y2()) * SCALE, Math.abs(r.x2() - r.x1()) * SCALE,
                        Math.abs(r.y2() - r.y1()) * SCALE));
                line.setLineColor(color(r.colour()));
                line.setLineWidth(r.width() * SCALE);
            }
        }
        if (!titled && placeholder != null) {
            slide.removeShape(placeholder);
        } else if (placeholder != null) {
            // The layout's title placeholder comes first, under all that is drawn after it (the title slide's band
            // would hide it): it is moved to the top, as PowerPoint itself writes a title brought to the front.
            try (XmlCursor from = placeholder.getXmlObject().newCursor();
                 XmlCursor to = slide.getXmlObject().getCSld().getSpTree().newCursor()) {
                to.toEndToken();
                from.moveXml(to);
            }
        }
    }

    private static void box(XSLFSlide slide, Drawing.Box b) {
        XSLFAutoShape shape = slide.createAutoShape();
        boolean round = b.radius() > 0;
        boolean circle = round && Math.abs(b.width() - b.height()) < 0.01 && b.radius() * 2 >= b.width() - 0.01;
        shape.setShapeType(circle ? ShapeType.ELLIPSE : round ? ShapeType.ROUND_RECT : ShapeType.RECT);
        shape.setAnchor(new Rectangle2D.Double(b.x() * SCALE, b.y() * SCALE, b.width() * SCALE, b.height() * SCALE));
        shape.setFillColor(b.fill() == null ? null : color(b.fill()));
        if (b.stroke() == null) {
            shape.setLineColor(null);
        } else {
            shape.setLineColor(color(b.stroke()));
        }
        if (round && !circle) {
            // The corner's radius as PowerPoint gives it: a share of the shorter side, in 100,000ths.
            long adj = Math.round(100_000 * b.radius() / Math.min(b.width(), b.height()));
            var geometry = ((org.openxmlformats.schemas.presentationml.x2006.main.CTShape) shape.getXmlObject())
                    .getSpPr().getPrstGeom();
            var guides = geometry.isSetAvLst() ? geometry.getAvLst() : geometry.addNewAvLst();
            var guide = guides.addNewGd();
            guide.setName("adj");
            guide.setFmla("val " + Math.min(50_000, adj));
        }
    }

    /** A paragraph in a text box at the layout's place, set in Arial at the layout's size and line height. */
    private static void text(XSLFTextShape shape, Drawing.Text t) {
        // A little more room than the layout measured, so rounding in PowerPoint never pushes a word to a new line.
        double slack = 6;
        double x = switch (t.align()) {
            case LEFT -> t.x();
            case CENTRE -> t.x() - slack / 2;
            case RIGHT -> t.x() - slack;
        };
        place(shape, x * SCALE, t.y() * SCALE, (t.width() + slack) * SCALE, t.height() * SCALE);
        shape.setInsets(new Insets2D(0, 0, 0, 0));
        shape.setWordWrap(true);
        shape.setTextAutofit(TextAutofit.NONE);
        shape.setVerticalAlignment(VerticalAlignment.TOP);
        shape.clearText();
        XSLFTextParagraph paragraph = shape.addNewTextParagraph();
        paragraph(paragraph, t);
    }

    /**
     * Places a text shape, in points. A placeholder takes no anchor through POI's setter (it keeps the layout's
     * place), so its position is written into its shape properties directly.
     */
    private static void place(XSLFTextShape shape, double x, double y, double width, double height) {
        shape.setAnchor(new Rectangle2D.Double(x, y, width, height));
        var properties = ((org.openxmlformats.schemas.presentationml.x2006.main.CTShape) shape.getXmlObject())
                .getSpPr();
        if (!properties.isSetXfrm()) {
            var xfrm = properties.addNewXfrm();
            var offset = xfrm.addNewOff();
            offset.setX(Units.toEMU(x));
            offset.setY(Units.toEMU(y));
            var size = xfrm.addNewExt();
            size.setCx(Units.toEMU(width));
            size.setCy(Units.toEMU(height));
        }
    }

    private static void paragraph(XSLFTextParagraph paragraph, Drawing.Text t) {
        paragraph.setTextAlign(switch (t.align()) {
            case LEFT -> TextAlign.LEFT;
            case CENTRE -> TextAlign.CENTER;
            case RIGHT -> TextAlign.RIGHT;
        });
        paragraph.setIndent(0.0);
        paragraph.setLeftMargin(0.0);
        paragraph.setBullet(false);
        paragraph.setSpaceBefore(0.0);
        paragraph.setSpaceAfter(0.0);
        // Negative: exact points, the layout's line height.
        paragraph.setLineSpacing(-t.size() * SlideFonts.LINE_HEIGHT * SCALE);
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(t.text());
        run.setFontFamily(SlideFonts.OFFICE_FAMILY);
        run.setFontSize(t.size() * SCALE);
        run.setBold(t.bold());
        run.setFontColor(color(t.colour()));
    }

    /** The table as a PowerPoint table: its columns and rows as laid out, a shaded header, a rule under each row. */
    private static void table(XSLFSlide slide, Drawing.Table t) {
        int rows = t.rowHeights().size();
        int columns = t.columnWidths().size();
        XSLFTable table = slide.createTable(rows, columns);
        table.setAnchor(new Rectangle2D.Double(t.x() * SCALE, t.y() * SCALE, t.width() * SCALE,
                t.rowHeights().stream().mapToDouble(Double::doubleValue).sum() * SCALE));
        List<Double> starts = new ArrayList<>();
        double left = t.x();
        for (int c = 0; c < columns; c++) {
            table.setColumnWidth(c, t.columnWidths().get(c) * SCALE);
            starts.add(left);
            left += t.columnWidths().get(c);
        }
        for (int r = 0; r < rows; r++) {
            table.getRows().get(r).setHeight(t.rowHeights().get(r) * SCALE);
            for (int c = 0; c < columns; c++) {
                XSLFTableCell cell = table.getCell(r, c);
                cell.clearText();
                cell.setInsets(new Insets2D(10 * SCALE, 12 * SCALE, 6 * SCALE, 12 * SCALE));
                cell.setFillColor(r == 0 ? color(t.headerFill()) : null);
                cell.setBorderColor(BorderEdge.bottom, color(t.rule()));
                cell.setBorderWidth(BorderEdge.bottom, 1.5 * SCALE);
                for (BorderEdge edge : List.of(BorderEdge.left, BorderEdge.right, BorderEdge.top)) {
                    cell.removeBorder(edge);
                }
            }
            for (Drawing.Text text : t.cells().get(r)) {
                int column = 0;
                while (column + 1 < columns && text.x() >= starts.get(column + 1)) {
                    column++;
                }
                XSLFTableCell cell = table.getCell(r, column);
                paragraph(cell.addNewTextParagraph(), text);
            }
        }
    }

    /** The allocation as a doughnut chart of PowerPoint's own, its data editable in the chart's sheet. */
    private static void donut(XMLSlideShow show, XSLFSlide slide, Drawing.Donut d) {
        XSLFChart chart = show.createChart();
        int n = d.slices().size();
        String[] areas = new String[n];
        Double[] values = new Double[n];
        for (int i = 0; i < n; i++) {
            areas[i] = d.slices().get(i).label();
            values[i] = d.slices().get(i).value();
        }
        var categories = XDDFDataSourcesFactory.fromArray(areas, chart.formatRange(new CellRangeAddress(1, n, 0, 0)),
                0);
        var numbers = XDDFDataSourcesFactory.fromArray(values, chart.formatRange(new CellRangeAddress(1, n, 1, 1)),
                1);
        XDDFDoughnutChartData data = (XDDFDoughnutChartData) chart.createData(ChartTypes.DOUGHNUT, null, null);
        data.setVaryColors(true);
        data.setHoleSize((int) Math.round(100 * d.inner() / d.outer()));
        XDDFChartData.Series series = data.addSeries(categories, numbers);
        series.setTitle("Investment %", chart.setSheetTitle("Investment %", 1));
        for (int i = 0; i < n; i++) {
            Colour c = d.slices().get(i).colour();
            series.getDataPoint(i).setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(
                    new byte[] {(byte) c.red(), (byte) c.green(), (byte) c.blue()})));
        }
        chart.plot(data);
        chart.deleteLegend();
        chart.setAutoTitleDeleted(true);
        slide.addChart(chart, new Rectangle2D.Double(Units.toEMU((d.cx() - d.outer()) * SCALE),
                Units.toEMU((d.cy() - d.outer()) * SCALE), Units.toEMU(2 * d.outer() * SCALE),
                Units.toEMU(2 * d.outer() * SCALE)));
    }

    private static void notes(XMLSlideShow show, XSLFSlide slide, String text) {
        XSLFNotes notes = show.getNotesSlide(slide);
        for (XSLFShape shape : notes.getShapes()) {
            if (shape instanceof XSLFTextShape body && body.getTextType() == Placeholder.BODY) {
                body.setText(text);
            }
        }
    }

    private static Color color(Colour c) {
        return new Color(c.rgb());
    }
}
