package app.strategyworkbook.format.markdown;

import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.template.Headings;
import app.strategyworkbook.model.TemplateSection;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads and writes a strategy as Markdown in the Company Strategy template's own structure.
 *
 * <p>Reading walks commonmark's syntax tree once, block by block, with source positions. Each "##" heading selects a
 * section; each section places the blocks it knows (label paragraphs, lists, tables) into the model. Everything else,
 * HTML comments, unknown headings and the text under them, extra paragraphs, is kept verbatim with the field it
 * followed and written back there, so no word of a file that opens is lost on save.
 *
 * <p>Writing produces the template's headings, labels, lists and tables in template order; an empty field is written
 * as the template's bracketed placeholder.
 */
public final class MarkdownStrategyFormat {
    static final List<SectionFormat> SECTIONS = List.of(new PurposeFormat(), new OverviewFormat(), new ContextFormat(),
            new PillarsFormat(), new SegmentsFormat(), new GoToMarketFormat(), new ProductFormat(),
            new TechnologyFormat(), new ResourcesFormat(), new RisksFormat(), new SuccessFormat(),
            new GuidanceFormat());

    static {
        java.util.Set<String> labels = new java.util.HashSet<>(DocumentFormat.FIELDS.labels());
        SECTIONS.forEach(s -> labels.addAll(s.labels()));
        Escapes.knownLabels(labels);
    }

    /** The one line the app adds to a file of its own: the slides the user chose not to present. */
    private static final String SLIDES_NOT_SHOWN = "<!-- Strategy Workbook: slides not shown: ";
    private static final java.util.regex.Pattern SLIDE_CHOICE = java.util.regex.Pattern.compile(
            "^<!-- Strategy Workbook: slides not shown: ([^>]*?) -->$");

    static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /**
     * The result of a read, with facts the caller may need about the file, and where each value came from in it,
     * for a save that changes only what was edited.
     */
    public record Reading(StrategyDocument document, boolean crlf, MarkdownOrigin origin, Recognition recognition) {
    }

    public StrategyDocument read(String markdown) {
        return readWithDetails(markdown).document();
    }

    public Reading readWithDetails(String markdown) {
        boolean bom = markdown.startsWith("\uFEFF");
        String text = bom ? markdown.substring(1) : markdown;
        MarkdownSource src = new MarkdownSource(text);
        StrategyDocument doc = new StrategyDocument();
        MarkdownOrigin origin = new MarkdownOrigin(text, bom, src.usesCrlf());
        ReadContext ctx = new ReadContext(doc, src, origin);
        new Walk(ctx).run(PARSER.parse(text));
        ctx.flush();
        RisksFormat.inferScales(doc.getRisks());
        origin.settle(doc);
        return new Reading(doc, src.usesCrlf(), origin, new Recognition(ctx.headingsPlaced, ctx.headingsKept));
    }

    public String write(StrategyDocument doc) {
        return write(doc, false);
    }

    /**
     * Writes the document as the file it was read from ({@code origin}), changed only where it was edited since;
     * where an edit finds no place in that file, as the template writes it (every word kept either way).
     */
    public String write(StrategyDocument doc, boolean crlf, MarkdownOrigin origin) {
        String spliced = Splice.write(doc, origin);
        return spliced != null ? spliced : write(doc, crlf);
    }

    /** Writes the document; with {@code crlf} the lines end as Windows editors write them. */
    public String write(StrategyDocument doc, boolean crlf) {
        MarkdownOut out = new MarkdownOut();
        DocumentFormat.FIELDS.write(doc, out);
        var kept = doc.getDocumentKept();
        for (SectionFormat section : SECTIONS) {
            if (section != SECTIONS.get(0)) {
                out.block("---");
            }
            section.write(doc, out);
            out.kept(kept, "after:" + section.key);
        }
        DocumentFormat.FIELDS.writeFooter(doc, out);
        out.keptRest(kept);
        var hidden = doc.getPresentation().getHiddenSlides();
        if (!hidden.isEmpty()) {
            out.block(SLIDES_NOT_SHOWN + String.join(", ", hidden) + " -->");
        }
        return out.result(crlf);
    }

    /** A part of the file by the name a user knows it by, and its Markdown as this writer writes it. */
    public record NamedPart(String name, String markdown) {
    }

    /**
     * The file in the parts a user thinks in: the title and header, each section with what is kept after it, and the
     * footer with what follows it. Comparing two documents part by part shows where they differ.
     */
    public List<NamedPart> parts(StrategyDocument doc) {
        List<NamedPart> parts = new java.util.ArrayList<>();
        MarkdownOut header = new MarkdownOut();
        DocumentFormat.FIELDS.write(doc, header);
        parts.add(new NamedPart("Title and header", header.result(false)));
        var kept = doc.getDocumentKept();
        for (SectionFormat section : SECTIONS) {
            MarkdownOut out = new MarkdownOut();
            section.write(doc, out);
            out.kept(kept, "after:" + section.key);
            parts.add(new NamedPart(section.section.heading(), out.result(false)));
        }
        MarkdownOut footer = new MarkdownOut();
        DocumentFormat.FIELDS.writeFooter(doc, footer);
        footer.keptRest(kept);
        parts.add(new NamedPart("Footer", footer.result(false)));
        return parts;
    }

    /** One section of the document as Markdown, as it is written in the file. */
    public String writeSection(StrategyDocument doc, TemplateSection which) {
        MarkdownOut out = new MarkdownOut();
        for (SectionFormat section : SECTIONS) {
            if (section.section == which) {
                section.write(doc, out);
            }
        }
        return out.result(false);
    }

    /** One pass over the top-level blocks. */
    private static final class Walk {
        private final ReadContext ctx;
        private SectionFormat section;
        private boolean titleSeen;
        /** When above zero, the reader is under a heading it does not know, at this level, keeping all it meets. */
        private int unknownLevel;
        /** The last section met, for text between sections. */
        private SectionFormat lastSection;
        /** Under a repeated subheading: everything is kept, nothing placed, until the next known heading. */
        private boolean keepingAll;
        /** A "---" whose meaning depends on what follows: dropped before a section or the footer, else kept. */
        private Node pendingBreak;

        Walk(ReadContext ctx) {
            this.ctx = ctx;
        }

        /** The sections the file's own "#" and "##" headings name, wherever they stand. */
        private final java.util.Set<SectionFormat> namedAtTop = new java.util.HashSet<>();

        void run(Node document) {
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                if (block instanceof Heading h && h.getLevel() <= 2) {
                    Headings.meaning(headingText(h)).map(m -> formatOf(m.part())).ifPresent(namedAtTop::add);
                }
            }
            ctx.entersSection = text -> {
                // As heading() reads a "###" it meets in the section being read.
                var meaning = Headings.meaning(text);
                SectionFormat named = meaning.map(m -> formatOf(m.part())).orElse(null);
                String sub = meaning.map(m -> m.subheading() == null ? null : m.subheading().key()).orElse(null);
                return named != null && (named == section ? sub != null && named.hasSubheading(sub)
                        : !ctx.placesMet.contains(named.key) && !namedAtTop.contains(named));
            };
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                var paragraphs = ctx.paragraphs;
                ctx.paragraphs = null;
                if (paragraphs != null && block instanceof Paragraph p && continues(p, paragraphs)) {
                    ctx.extend(block);
                    continue;
                }
                if (block instanceof ThematicBreak) {
                    keepPendingBreak();
                    pendingBreak = block;
                } else if (block instanceof Heading heading) {
                    heading(heading);
                    ctx.extend(block);
                } else if (block instanceof Paragraph p && boldHeading(p)) {
                    ctx.extend(block);
                } else if (!(block instanceof Paragraph && onlyWhiteSpace(block))) {
                    if (block instanceof org.commonmark.node.BulletList list && list.getMarker() != null
                            && !list.getMarker().isEmpty()) {
                        ctx.origin.bulletSeen(list.getMarker().charAt(0));
                    }
                    // A paragraph of nothing but a form feed, say, holds no word: the save leaves it out, so this
                    // read passes over it as the next read will, rather than let it end a list or a run of text.
                    other(block);
                    if (placedInFooter(block)) {
                        ctx.pastFooter = true; // a section added after the last goes above it
                    }
                    ctx.extend(block);
                }
            }
            if (pendingBreak != null && section != null) {
                // A "---" that ends the file is kept after the footer, where the footer's lines a save adds go
                // above it: kept in the last section, the next read would find it after those lines, in the footer.
                ctx.at(ctx.doc.getDocumentKept(), "footer");
            }
            keepPendingBreak();
        }

        /**
         * Whether {@code p} is more of the text of the paragraph field the block before it was: a plain paragraph,
         * with nothing between them (a "---", say) and no label, bold line or footer line of its own.
         */
        private boolean continues(Paragraph p, javafx.beans.property.StringProperty field) {
            if (section == null || unknownLevel > 0 || keepingAll || pendingBreak != null || ctx.pastFooter
                    || onlyWhiteSpace(p) || boldAlone(p) || isFooter(p)) {
                return false;
            }
            Object[] text = section.plainText(p, ctx);
            if (text == null) {
                return false;
            }
            ctx.paragraphs = field;
            ctx.continues((String) text[0], (Integer) text[1]);
            return true;
        }

        /**
         * Whether the paragraph is a line in bold alone, which may head a section ({@link #boldHeading}, which reads
         * it as one when it does, and so is no question to ask here).
         */
        private static boolean boldAlone(Paragraph p) {
            return p.getFirstChild() instanceof org.commonmark.node.StrongEmphasis
                    && p.getFirstChild().getNext() == null;
        }

        /** Whether the section being read was entered by a bold line, as a file of such headings enters them. */
        private boolean boldSection;
        /** Whether the file's first section was entered by a bold line: a file that heads its sections so. */
        private boolean boldFile;

        private void heading(Heading heading) {
            if (heading.getLevel() <= 2) {
                boldSection = false;
            }
            where(heading);
            heading(heading, heading.getLevel(), headingText(heading));
        }

        /**
         * A heading, or a line standing for one ({@code block}), at {@code level}. A heading names a section, or a
         * part of one, by its meaning ({@link Headings}), whatever its level where the structure allows: "## Mission"
         * is the overview's mission, "## Vision" after it the same section's vision, and a "### Our customers" under
         * the context the customer segments.
         */
        private void heading(Node block, int level, String text) {
            ctx.pastFooter = false;
            // The title is the first "#" heading with words above every section, even after an unknown heading.
            boolean title = level == 1 && !titleSeen && section == null && ctx.sectionsSeen == 0 && !text.isBlank();
            boolean knownSub = level >= 3 && section != null && section.recognizes(text, ctx);
            String namedSub = null;
            SectionFormat known = null;
            String knownsSub = null;
            // A "###" inside an unknown heading's text is that text's ("## Appendix", "### Risks we closed").
            boolean underUnknown = level >= 3 && unknownLevel > 0 && level > unknownLevel;
            if (!title && !knownSub && !underUnknown) {
                var meaning = Headings.meaning(text);
                SectionFormat named = meaning.map(m -> formatOf(m.part())).orElse(null);
                String sub = meaning.map(m -> m.subheading() == null ? null : m.subheading().key()).orElse(null);
                if (named != null && named == section && sub != null && named.hasSubheading(sub)) {
                    knownSub = true; // "## Vision" after "## Mission": another part of the section being read
                    namedSub = sub;
                } else if (named != null && (level <= 2 || named != section && !ctx.placesMet.contains(named.key)
                        && !namedAtTop.contains(named))) {
                    // A "###" names another section only where no heading of the file's own level does: a file with
                    // "## Success Criteria" further on keeps a "### 1-Year Success" above it where it stands.
                    known = named;
                    knownsSub = sub != null && named.hasSubheading(sub) ? sub : null;
                }
            }
            // Inside an unknown heading's text, another unknown heading stays with it, unless it is a section's
            // ("## Appendix" after "### Notes"): that ends the section, as it would with nothing between them.
            boolean endsSection = level <= 2 && level < unknownLevel;
            if (level <= 2 && !title) {
                // The file's own sections, for the sentence saying how much of it was understood.
                boolean placed = known != null && !ctx.placesMet.contains(known.key) || namedSub != null;
                (placed ? ctx.headingsPlaced : ctx.headingsKept).add(text.isBlank() ? "(untitled)" : text);
            }
            if (unknownLevel > 0 && known == null && !(knownSub && level <= unknownLevel) && !title && !endsSection) {
                keepPendingBreak();
                ctx.keep(block);
                return;
            }
            unknownLevel = 0;
            keepingAll = false;
            String subKeyOf = namedSub != null ? namedSub : knownSub ? section.subheadingKey(text) : null;
            String subKey = subKeyOf != null ? section.key + "#" + subKeyOf : null;
            if (title) {
                keepPendingBreak();
                titleSeen = true;
                ctx.doc.getHeader().setTitle(text);
                ctx.inHeading(ctx.doc.getHeader().titleProperty());
                List<SourceSpan> spans = block.getSourceSpans();
                if (!spans.isEmpty()) {
                    ctx.origin.titleEnd = ctx.origin.lineEnd(spans.get(spans.size() - 1).getLineIndex());
                }
                ctx.at(ctx.doc.getDocumentKept(), "title");
            } else if (known != null && knownsSub != null && ctx.placesMet.contains(known.key)
                    && !ctx.placesMet.contains(known.key + "#" + knownsSub)) {
                // A part of a section met before, given under a heading of its own further on ("## Mission", then
                // "## Where we want to be", then "## Nos valeurs"): the reader goes back into that section, at that
                // part. The save splices into the file, so it stays where it stands.
                keepPendingBreak();
                section = known;
                lastSection = known;
                ctx.current = null;
                ctx.sub = null;
                ctx.expect = null;
                ctx.lastList = null;
                ctx.sectionPart = known.part(ctx.doc);
                ctx.placesMet.add(known.key + "#" + knownsSub);
                known.enterSubheading(knownsSub, text, ctx);
            } else if (known != null && ctx.placesMet.contains(known.key)) {
                // A section given a second time (a pasted copy, say) is kept whole, as written, right after the
                // first: its words stay, and on the next read it is again the second, so the save is stable. A "---"
                // above it stays with what came before, which it followed.
                keepPendingBreak();
                ctx.at(ctx.doc.getDocumentKept(), "after:" + known.key);
                section = null;
                ctx.sectionPart = null;
                ctx.current = null;
                keepAsUnknown(block, level);
            } else if (known != null) {
                ctx.placesMet.add(known.key);
                lastSection = known;
                if (ctx.sectionsSeen == 0) {
                    keepPendingBreak(); // the app writes no "---" above the first section: this one is the user's
                } else {
                    pendingBreak = null;
                }
                section = known;
                ctx.sectionsSeen++;
                ctx.current = null;
                ctx.sub = null;
                ctx.sectionPart = known.part(ctx.doc);
                ctx.origin.sectionStarts.put(ctx.sectionPart, ctx.origin.offset(ctx.headingLine, 0));
                ctx.at(known.part(ctx.doc), "#");
                if (knownsSub != null) {
                    // "## Mission" is the overview's heading and its mission's both: the section's own heading is
                    // the template's, and the mission's is the file's.
                    ctx.placesMet.add(known.key + "#" + knownsSub);
                    ctx.origin.enteredBySubheading.add(ctx.sectionPart);
                    known.enterSubheading(knownsSub, text, ctx);
                } else {
                    known.part(ctx.doc).spell("#", text, known.heading);
                }
            } else if (subKey != null && ctx.placesMet.contains(subKey)) {
                // A subheading given a second time is kept as written, with all that follows it up to the next
                // known heading, right after the section: after the first copy, which it must never come before
                // (or the next read would take it for the first).
                ctx.at(ctx.doc.getDocumentKept(), "after:" + section.key);
                keepAsUnknown(block, level);
                keepingAll = true;
            } else if (knownSub) {
                keepPendingBreak();
                if (subKey != null) {
                    ctx.placesMet.add(subKey);
                }
                if (namedSub != null) {
                    section.enterSubheading(namedSub, text, ctx);
                } else {
                    section.enter(text, ctx);
                }
            } else {
                // An "## Appendix" stands between sections; a "### Notes" inside one. Both are kept as written.
                if (level <= 2) {
                    ctx.at(ctx.doc.getDocumentKept(), section != null ? "after:" + section.key : anchorBetweenSections());
                    section = null;
                    ctx.sectionPart = null;
                    ctx.current = null; // the last pillar's text ends here: removing it leaves this heading's text
                }
                keepAsUnknown(block, level);
            }
        }

        /**
         * A line in bold alone that heads what follows, as files exported from word processors head their sections
         * ("**Mission**", "**What we stand for**", "**Priority 1 \\- Win the pub**"), read as the heading it stands
         * for; false leaves it a paragraph. Bold lines are text as often as headings, so one counts only where it
         * names, by one of their names, a section not yet read or a part of one; in a file whose "#" and "##" headings
         * name no section (its sections are all bold lines), by a word that names a section too, and an item of the
         * section (a pillar, a risk) where it is numbered as those are.
         */
        /**
         * A colon with text right after it ("**Success Metrics:1.**", "**Market Trends:-**"): a label run into its
         * value, no heading. A heading's own colon has a space after it ("**Pillar 1: Speed**").
         */
        private static final java.util.regex.Pattern LABEL_RUN_ON = java.util.regex.Pattern.compile(":[^\\s]");

        private boolean boldHeading(Paragraph p) {
            if (unknownLevel > 0 || keepingAll || !(p.getFirstChild() instanceof org.commonmark.node.StrongEmphasis)
                    || p.getFirstChild().getNext() != null || p.getSourceSpans().size() != 1) {
                return false;
            }
            SourceSpan span = p.getSourceSpans().get(0);
            String line = ctx.src.text(span);
            String t = line.strip();
            String delimiter = t.startsWith("**") ? "**" : t.startsWith("__") ? "__" : null;
            if (delimiter == null || !t.endsWith(delimiter) || t.length() <= 2 * delimiter.length()) {
                return false;
            }
            String raw = t.substring(delimiter.length(), t.length() - delimiter.length());
            if (raw.isBlank() || !raw.equals(raw.strip()) || raw.endsWith(":") || raw.endsWith("\\")
                    || LABEL_RUN_ON.matcher(raw).find()) {
                return false;
            }
            // The words as they read ("Priority 1 - Win the pub" for "Priority 1 \\- Win the pub").
            StringBuilder words = new StringBuilder();
            p.getFirstChild().accept(new org.commonmark.node.AbstractVisitor() {
                @Override
                public void visit(org.commonmark.node.Text node) {
                    words.append(node.getLiteral());
                }

                @Override
                public void visit(org.commonmark.node.Code node) {
                    words.append(node.getLiteral());
                }
            });
            String text = words.toString().strip();
            if (text.isEmpty()) {
                return false;
            }
            // Above every section, or in a section a bold line began, the file heads its sections with bold lines.
            // A file whose first section a bold line began heads all of them so: a section the app added since as
            // "##" does not change how the rest of it reads.
            boolean structured = boldFile || (section == null ? ctx.sectionsSeen == 0 : boldSection);
            var meaning = structured ? Headings.meaning(text) : Headings.byName(text);
            SectionFormat named = meaning.map(m -> formatOf(m.part())).orElse(null);
            String sub = meaning.map(m -> m.subheading() == null ? null : m.subheading().key()).orElse(null);
            boolean subNew = named != null && sub != null && named.hasSubheading(sub)
                    && !ctx.placesMet.contains(named.key + "#" + sub);
            int level;
            if (structured && section != null && section.recognizesBoldLine(text, ctx)) {
                level = 3;
            } else if (named != null && named == section && subNew) {
                level = 3;
            } else if (named != null && named != section && (section == null || ctx.current == null || structured)
                    && (!ctx.placesMet.contains(named.key) || subNew)) {
                level = 2;
            } else {
                return false;
            }
            ctx.headingLine = span.getLineIndex();
            int from = span.getColumnIndex() + line.indexOf(t) + delimiter.length();
            ctx.headingStart = ctx.origin.offset(span.getLineIndex(), from);
            ctx.headingEnd = ctx.headingStart + raw.length();
            SectionFormat before = section;
            boolean first = ctx.sectionsSeen == 0;
            heading(p, level, text);
            if (section != before) {
                boldSection = section != null;
                boldFile |= first && section != null;
            }
            return true;
        }

        /**
         * Where an unknown "#" or "##" heading outside any section is kept: where the reader is, unless that is the
         * header (a header field met after the sections), which is written above them; then after the last section,
         * where it stood.
         */
        private String anchorBetweenSections() {
            boolean inHeader = ctx.part == ctx.doc.getDocumentKept()
                    && java.util.Set.of("start", "title", "header").contains(ctx.anchor);
            return inHeader && lastSection != null ? "after:" + lastSection.key : ctx.anchor;
        }

        /** Keeps a heading the reader does not place, and, from here on, what follows it at its level. */
        private void keepAsUnknown(Node heading, int level) {
            unknownLevel = level;
            if (ctx.rowItem()) {
                ctx.current = null; // a risk's block ends at a heading of the file's own
            }
            ctx.expect = null;
            ctx.lastList = null;
            keepPendingBreak();
            ctx.keep(heading);
        }

        private void other(Node block) {
            if (block instanceof org.commonmark.node.HtmlBlock && (slideChoice(block) || speakerNotes(block))) {
                return;
            }
            ctx.plainZone = ctx.sectionsSeen == 0 && section == null || pendingBreak != null || ctx.pastFooter;
            boolean footer = isFooter(block);
            if (unknownLevel > 0 && !footer) {
                // An unknown heading's text runs until something this section can place: a known label, a known
                // table. That keeps "### Risk: …" notes together, and never hides a field behind an odd heading.
                // Header lines written in the header do not end it, nor take the "---" before them: the next read
                // will not meet them here.
                SectionFormat here = section != null ? section : DocumentFormat.FIELDS;
                boolean elsewhere = !keepingAll && writtenElsewhere(block, here, false);
                if (!elsewhere) {
                    keepPendingBreak();
                }
                if (!keepingAll && here.place(block, ctx)) {
                    unknownLevel = elsewhere ? unknownLevel : 0;
                } else {
                    ctx.keep(block);
                }
                return;
            }
            unknownLevel = 0;
            if (footer) {
                // The footer closes the last section: what follows it belongs to the document, not to a section.
                // The "---" above its first lines is the one the app writes; one above a later footer line (a copy
                // given again) is the user's, and is kept.
                if (ctx.placesMet.add("footer")) {
                    pendingBreak = null;
                }
                section = null;
                ctx.sectionPart = null;
            }
            SectionFormat here = section != null ? section : DocumentFormat.FIELDS;
            if (pendingBreak != null && !writtenElsewhere(block, here, true)) {
                // A "---" before header or footer lines that are written in the header or footer waits: the next
                // read will not meet those lines, and must find the "---" where this one does.
                keepPendingBreak();
            }
            if (!here.place(block, ctx)) {
                ctx.keep(block);
                if (ctx.rowItem()) {
                    // A risk's block (or a value's) ends at text the reader cannot place: removing the risk takes
                    // its own lines, never the text after them, which is the section's.
                    ctx.current = null;
                }
            }
        }

        /** The app's own line naming the slides not shown; a second such line is kept as text. */
        private boolean slideChoice(Node block) {
            var hidden = ctx.doc.getPresentation().getHiddenSlides();
            var m = SLIDE_CHOICE.matcher(ctx.src.lines(block));
            if (!m.matches() || !hidden.isEmpty()) {
                return false;
            }
            ctx.origin.slideChoice = new MarkdownOrigin.Spot(ctx.origin.offset(MarkdownSource.firstLine(block), 0),
                    ctx.origin.lineEnd(MarkdownSource.lastLine(block)), MarkdownOrigin.Place.PLAIN, m.group(1));
            for (String key : m.group(1).split(",")) {
                if (!key.isBlank()) {
                    hidden.add(key.strip());
                }
            }
            return !hidden.isEmpty();
        }

        private boolean writtenElsewhere(Node block, SectionFormat here, boolean footerToo) {
            return block instanceof Paragraph p && here.writtenElsewhere(p, ctx, footerToo);
        }

        private boolean onlyWhiteSpace(Node block) {
            return ctx.src.lines(block).isBlank();
        }

        /**
         * Keeps the "---" met last as a block of its own. Joined to the kept text above or below it, which of the two
         * it joined would hang on what the reader met in between (a footer line, a section's heading), and a save,
         * which writes those elsewhere, would change it.
         */
        private void keepPendingBreak() {
            if (pendingBreak != null) {
                ctx.keepText(ctx.src.lines(pendingBreak), MarkdownSource.firstLine(pendingBreak),
                        MarkdownSource.lastLine(pendingBreak));
                pendingBreak = null;
            }
        }

        private static SectionFormat formatOf(app.strategyworkbook.template.DocumentPart part) {
            for (SectionFormat s : SECTIONS) {
                if (s.section != null && s.section == part.section()) {
                    return s;
                }
            }
            return null;
        }

        /**
         * The footer's lines may follow a "---" at the end of any section. A footer line is one the footer's fields
         * read as a label: "**Strategy Owner:*:**", which they do not, is text, and neither closes the section nor
         * counts as the footer.
         */
        /**
         * Whether {@code block} is speaker notes ({@link SpeakerNotes}) for the pillar or section being read, which
         * has none yet: then they are its notes. A second comment of notes is kept as written.
         */
        private boolean speakerNotes(Node block) {
            if (section == null || unknownLevel > 0) {
                return false;
            }
            int first = MarkdownSource.firstLine(block);
            int last = MarkdownSource.lastLine(block);
            if (first < 0 || last < 0) {
                return false;
            }
            int start = ctx.origin.offset(first, 0);
            SpeakerNotes.Found found = SpeakerNotes.read(ctx.origin.text.substring(start, ctx.origin.lineEnd(last)),
                    start);
            javafx.beans.property.StringProperty notes = ctx.current instanceof app.strategyworkbook.model.Pillar p
                    ? p.notesProperty() : section.part(ctx.doc) instanceof app.strategyworkbook.model.Section s
                    ? s.notesProperty() : null;
            if (found == null || notes == null || !notes.get().isEmpty()) {
                return false;
            }
            keepPendingBreak();
            notes.set(found.notes());
            ctx.origin.value(notes, found.from(), found.to(), MarkdownOrigin.Place.NOTES);
            return true;
        }

        /** Whether {@code block} gave the footer a value (however its label was written). */
        private boolean placedInFooter(Node block) {
            int first = MarkdownSource.firstLine(block);
            int last = MarkdownSource.lastLine(block);
            if (first < 0 || last < 0) {
                return false;
            }
            int start = ctx.origin.offset(first, 0);
            int end = ctx.origin.lineEnd(last);
            Object footer = app.strategyworkbook.template.DocumentPart.FOOTER.in(ctx.doc);
            for (var field : app.strategyworkbook.template.Template.fieldsOf(
                    app.strategyworkbook.template.DocumentPart.FOOTER)) {
                var spot = ctx.origin.values.get(field.text(footer));
                if (spot != null && spot.start() >= start && spot.start() <= end) {
                    return true;
                }
            }
            return false;
        }

        private boolean isFooter(Node block) {
            String label = block instanceof Paragraph p ? LabelParagraph.leadingLabel(p, ctx.src, ctx.plainZone) : null;
            return label != null && DocumentFormat.FIELDS.documentField(label, ctx) != null
                    && DocumentFormat.FIELDS.isFooterLabel(label);
        }

        /**
         * Notes where the heading's text stands for the sections that read from it: an ATX heading's text is one
         * stretch of its line, between the hashes; a setext heading of one line is its line.
         */
        private void where(Heading heading) {
            List<SourceSpan> spans = heading.getSourceSpans();
            ctx.headingLine = spans.isEmpty() ? -1 : spans.get(0).getLineIndex();
            ctx.headingStart = -1;
            ctx.headingEnd = -1;
            if (spans.isEmpty() || spans.size() > 2) {
                return;
            }
            SourceSpan span = spans.get(0);
            String line = ctx.src.text(span);
            int from = 0;
            int to = MarkdownSource.stripTrailing(line).length();
            if (spans.size() == 1) {
                var open = OPENING_HASHES.matcher(line.stripLeading());
                if (!open.lookingAt()) {
                    return;
                }
                from = line.length() - line.stripLeading().length() + open.end();
                while (from < to && (line.charAt(from) == ' ' || line.charAt(from) == '\t')) {
                    from++;
                }
                var close = CLOSING_HASHES.matcher(line.substring(from, to));
                if (close.find()) {
                    to = from + close.start();
                }
            } else {
                from = MarkdownSource.indent(line);
            }
            if (from < to) {
                ctx.headingStart = ctx.origin.offset(span.getLineIndex(), span.getColumnIndex() + from);
                ctx.headingEnd = ctx.origin.offset(span.getLineIndex(), span.getColumnIndex() + to);
            }
        }

        private static final java.util.regex.Pattern OPENING_HASHES = java.util.regex.Pattern.compile("^#{1,6}");
        private static final java.util.regex.Pattern ONLY_HASHES = java.util.regex.Pattern.compile("#+");
        private static final java.util.regex.Pattern CLOSING_HASHES = java.util.regex.Pattern.compile("\\s+#+$");

        private String headingText(Heading heading) {
            if (heading.getSourceSpans().size() == 1) {
                SourceSpan span = heading.getSourceSpans().get(0);
                String line = ctx.src.text(span).strip();
                String text = OPENING_HASHES.matcher(line).replaceFirst("").strip();
                text = ONLY_HASHES.matcher(text).matches() ? "" : CLOSING_HASHES.matcher(text).replaceFirst("");
                return Escapes.unheading(text.strip());
            }
            // A setext heading: its text lines, without the underline, one space between them. A line of only a form
            // feed adds none: the heading is written back as "## …", whose text the next read takes stripped.
            List<SourceSpan> spans = heading.getSourceSpans();
            java.util.StringJoiner text = new java.util.StringJoiner(" ");
            for (int i = 0; i < spans.size() - 1; i++) {
                String line = ctx.src.text(spans.get(i)).strip();
                if (!line.isEmpty()) {
                    text.add(line);
                }
            }
            return text.toString();
        }
    }
}
