package app.strategyworkbook.format.markdown;

import app.strategyworkbook.format.markdown.MarkdownOrigin.Rows;
import app.strategyworkbook.format.markdown.MarkdownOrigin.Spot;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.template.DocumentPart;
import app.strategyworkbook.template.Kind;
import app.strategyworkbook.template.Template;
import app.strategyworkbook.template.TemplateField;
import java.util.List;

/**
 * What a document has that its file never had: a field filled in that the file lacks, a section the file did not have.
 * Each is written as the template writes it, without placeholders, right after its nearest neighbour in the
 * template's order: the file grows by what the user wrote, and nothing moves. A section the file never had and the
 * user left empty is not written at all.
 */
final class Additions {
    private final StrategyDocument doc;
    private final MarkdownOrigin origin;
    private final SourceEdits edits;
    /** What found no place, for a test to name; if anything, the save writes the whole file as the template does. */
    final java.util.List<String> unplaced = new java.util.ArrayList<>();

    Additions(StrategyDocument doc, MarkdownOrigin origin, SourceEdits edits) {
        this.doc = doc;
        this.origin = origin;
        this.edits = edits;
    }

    /** Writes in what is new; false when something new could not be placed. */
    boolean add() {
        List<SectionFormat> sections = MarkdownStrategyFormat.SECTIONS;
        for (int i = 0; i < sections.size(); i++) {
            SectionFormat format = sections.get(i);
            DocumentPart part = DocumentPart.of(format.section);
            Part section = format.part(doc);
            int[] at = origin.parts.get(section);
            if (at == null) {
                addSection(format, i);
                continue;
            }
            addFields(format, part, section, Template.fieldsOf(part), section, at[0]);
            for (TemplateField field : Template.fieldsOf(part)) {
                Rows read = field.kind().isText() ? null : origin.lists.get(field.rows(section));
                boolean listed = read != null && read.shape == MarkdownOrigin.Shape.LIST;
                // Items of a list ("- **Home makers** — …") write every value they have in their own lines.
                if (!listed && (field.kind() == Kind.ITEMS || read != null && read.shape == MarkdownOrigin.Shape.BLOCKS)) {
                    // Pillars, and rows written as blocks of their own ("### Risk: …"): a value the block lacks is
                    // added to it.
                    for (Object item : field.rows(section)) {
                        int[] itemAt = itemHeading(field.rows(section), item);
                        if (itemAt != null) {
                            addFields(format, part, item, field.columns(), item instanceof Part p ? p : section,
                                    itemAt[0]);
                        }
                    }
                }
            }
        }
        addDocumentFields();
        return unplaced.isEmpty();
    }

    /**
     * Adds each of {@code fields} of {@code owner} that has a value the file lacks, after the field before it that the
     * file has, or after the owner's heading ({@code headingEnd}).
     */
    private void addFields(SectionFormat format, DocumentPart part, Object owner, List<TemplateField> fields,
                           Part spelledIn, int headingEnd) {
        int after = headingEnd;
        // A section the file gives as "## Mission", "## Values": a part it lacks is written as one of those.
        boolean bySubheadings = origin.enteredBySubheading.contains(owner);
        boolean seen = false;
        for (TemplateField field : fields) {
            if (field.part() != part) {
                continue;
            }
            if (field.kind() == Kind.ITEMS) {
                Rows rows = origin.lists.get(field.rows(owner));
                if (rows != null) {
                    after = lineEndAt(rows.end);
                } else if (isNew(field, owner)) {
                    // Pillars in a section that had none: each written as the template writes one.
                    MarkdownOut out = new MarkdownOut();
                    out.sparse = true;
                    List<Object> items = field.rows(owner);
                    for (int i = 0; i < items.size(); i++) {
                        format.writeItem(out, items.get(i), i);
                    }
                    insertBlock(pastKept(spelledIn, after), origin.inFileStyle(Sparse.prune(out.result(false))));
                }
                continue;
            }
            int end = endOf(field, owner);
            if (end >= 0) {
                after = end;
                seen = true;
                continue;
            }
            if (!isNew(field, owner) || addMarketSize(field, owner)) {
                continue;
            }
            if (field.subheading() != null && wholeSubheadings.contains(field.subheading())) {
                continue; // written with the subheading an earlier field wrote whole
            }
            String text = format.writeField(field, owner, spelledIn, f -> endOf(f, owner) >= 0);
            if (text == null) {
                unplaced.add(field.toString());
                continue;
            }
            if (SpeakerNotes.isNotes(field)) {
                // Right under the heading, as the template writer puts them: after the section's last field they
                // would stand inside its last pillar, and after text kept under an unknown "### Risk: …" they
                // would be read as part of it.
                insertBlock(headingEnd, text);
                continue;
            }
            Integer under = field.subheading() == null ? null : origin.subheadingEnds
                    .getOrDefault(owner, java.util.Map.of()).get(field.subheading().key());
            if (under != null && text.startsWith("### ")) {
                // The file has the heading, but nothing the reader took under it: the field goes right under it.
                int body = text.indexOf('\n');
                insertBlock(pastKept(spelledIn, under),
                        origin.inFileStyle(Sparse.prune(body < 0 ? "" : text.substring(body).strip())));
                continue;
            }
            if (text.startsWith("### ") && field.subheading() != null) {
                wholeSubheadings.add(field.subheading());
            }
            if (bySubheadings && text.startsWith("### ")) {
                text = text.substring(1);
                Integer start = origin.sectionStarts.get(owner);
                if (!seen && start != null) {
                    // Before the section's first heading, which is a later part's ("## Values").
                    edits.replace(start, start, lines(origin.inFileStyle(Sparse.prune(text)) + "\n\n"));
                    continue;
                }
            }
            if (!(owner instanceof Part) && after > headingEnd) {
                // A row's block ("### Risk: …"): the new line joins the lines of labels above it.
                edits.replace(after, after, lines("\n" + origin.inFileStyle(Sparse.prune(text))));
                continue;
            }
            insertBlock(pastKept(spelledIn, after), origin.inFileStyle(Sparse.prune(text)));
        }
    }

    /** Subheadings written whole, with every field under them, by a field added before. */
    private final java.util.Set<app.strategyworkbook.template.Subheading> wholeSubheadings = new java.util.HashSet<>();

    private static final List<TemplateField> SIZES = MarketSizeTable.SIZES;
    private boolean sizesWritten;

    /**
     * TAM, SAM and SOM are lines of one list or rows of one table. A size the file lacks joins the sizes it has, as a
     * line or row like theirs; when it has none, the first new size writes the list, with every size in it (true for
     * those after it).
     */
    private boolean addMarketSize(TemplateField field, Object owner) {
        int which = SIZES.indexOf(field);
        if (which < 0) {
            return false;
        }
        for (int step : new int[] {-1, 1}) {
            for (int j = which + step; j >= 0 && j < SIZES.size(); j += step) {
                Spot sibling = origin.values.get(SIZES.get(j).text(owner));
                if (sibling != null) {
                    int lineStart = origin.text.lastIndexOf('\n', sibling.start() - 1) + 1;
                    String line = origin.text.substring(lineStart, lineEndAt(sibling.start()));
                    boolean inTable = sibling.place() == MarkdownOrigin.Place.CELL
                            || sibling.place() == MarkdownOrigin.Place.ALIGNED_CELL;
                    String newLine = inTable ? tableRow(line, sibling.start() - lineStart, field, owner)
                            : listLine(line, field, owner, SIZES.get(j));
                    if (step < 0) {
                        int at = lineEndAt(sibling.start());
                        edits.replace(at, at, origin.newline + newLine);
                    } else {
                        edits.replace(lineStart, lineStart, newLine + origin.newline);
                    }
                    return true;
                }
            }
        }
        boolean written = sizesWritten;
        sizesWritten = true;
        return written;
    }

    /** A size the list lacks, as a line like its sibling's ("- TAM: …", "* **SAM**: …"): bullet and name alike. */
    private String listLine(String line, TemplateField field, Object owner, TemplateField sibling) {
                    var marker = java.util.regex.Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+").matcher(line);
                    String bullet = marker.find() ? marker.group() : origin.bullet() + " ";
                    // Written as the file names its sizes: "TAM:" or "**TAM**:" as the bare abbreviation, else
                    // the template's label.
                    String name = line.substring(bullet.length()).startsWith("**") ? "**%s**" : "%s";
                    boolean bare = line.substring(bullet.length()).replace("*", "").toUpperCase(java.util.Locale.ROOT)
                            .startsWith(sibling.key().toUpperCase(java.util.Locale.ROOT) + ":");
                    return bullet + name.formatted(bare ? field.key().toUpperCase(java.util.Locale.ROOT)
                            : field.label()) + ": " + field.text(owner).get();
    }

    /**
     * A size the table lacks, as a row like its sibling's: as many cells, the size named as the sibling's row names
     * its own ("SOM", or the template's label), its value in the sibling's column and the other cells empty.
     */
    private static String tableRow(String line, int valueAt, TemplateField field, Object owner) {
        List<int[]> regions = TableField.cellRegions(line);
        String first = TableField.cells(line).get(0);
        String name = first.replace("*", "").strip().length() <= 3 ? field.key().toUpperCase(java.util.Locale.ROOT)
                : field.label();
        StringBuilder row = new StringBuilder(line.strip().startsWith("|") ? "|" : "");
        for (int i = 0; i < regions.size(); i++) {
            boolean value = valueAt >= regions.get(i)[0] && valueAt <= regions.get(i)[1];
            String text = i == 0 ? (first.startsWith("**") ? "**" + name + "**" : name)
                    : value ? Escapes.cell(field.text(owner).get()) : "";
            row.append(i == 0 && row.isEmpty() ? "" : " ").append(text).append(text.isEmpty() ? "" : " ")
                    .append(i < regions.size() - 1 || line.strip().endsWith("|") ? "|" : "");
        }
        return row.toString();
    }

    /**
     * Where a new field goes at {@code after}: past the text kept right there, as the template writes kept text after
     * what it followed and before the next field. A new list put in front of a kept list would join it.
     */
    private int pastKept(Part part, int after) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (var block : part.getKept()) {
                Spot spot = origin.kept.get(block);
                if (spot != null && spot.start() >= after && origin.text.substring(after, spot.start()).isBlank()
                        && spot.end() > after) {
                    after = lineEndAt(spot.end());
                    moved = true;
                }
            }
        }
        return after;
    }

    /** Where the text of {@code field} in the file ends (the end of its line), or -1 when the file lacks it. */
    private int endOf(TemplateField field, Object owner) {
        if (field.kind().isText()) {
            Spot spot = origin.values.get(field.text(owner));
            return spot == null ? -1 : lineEndAt(spot.end());
        }
        Rows rows = origin.lists.get(field.rows(owner));
        return rows == null ? -1 : lineEndAt(rows.end);
    }

    /**
     * Whether {@code field}, which has no place in the file, was filled in since the read: then it is added. One the
     * reader took from text it could not pin down (a title over several lines) is left as it stands while unchanged;
     * changed, it is unplaced, and the save writes the document whole rather than give it twice.
     */
    private boolean isNew(TemplateField field, Object owner) {
        Object was;
        boolean same;
        if (field.kind().isText()) {
            var text = field.text(owner);
            if (text.get().isEmpty()) {
                return false;
            }
            was = origin.asRead.get(text);
            same = origin.asRead(text);
        } else {
            List<Object> rows = field.rows(owner);
            if (rows.isEmpty()) {
                return false;
            }
            was = origin.listsAsRead.get(rows);
            same = rows.equals(was);
        }
        if (same) {
            return false;
        }
        if (was != null && !(was instanceof String s ? s.isEmpty() : ((List<?>) was).isEmpty())) {
            unplaced.add(field + " (changed, where the file had it in a way the save cannot find)");
            return false;
        }
        return true;
    }

    private static boolean hasContent(TemplateField field, Object owner) {
        return field.kind().isText() ? !field.text(owner).get().isEmpty() : !field.rows(owner).isEmpty();
    }

    /** Whether any of {@code fields} of {@code owner}, or of its pillars' and segments' fields, holds something. */
    private static boolean hasContent(DocumentPart part, Object owner, List<TemplateField> fields) {
        for (TemplateField field : fields) {
            if (field.kind() == Kind.ITEMS) {
                if (!field.rows(owner).isEmpty()) {
                    return true;
                }
            } else if (field.part() == part && hasContent(field, owner)) {
                return true;
            }
        }
        return false;
    }

    /** Where the line holding {@code offset} ends. */
    private int lineEndAt(int offset) {
        int at = offset;
        while (at < origin.text.length() && origin.text.charAt(at) != '\n' && origin.text.charAt(at) != '\r') {
            at++;
        }
        return at;
    }

    private int[] itemHeading(List<Object> items, Object item) {
        Rows rows = origin.lists.get(items);
        if (rows == null) {
            return null;
        }
        for (var row : rows.rows) {
            if (row.element() == item) {
                return new int[] {lineEndAt(row.start())};
            }
        }
        return null; // a pillar added since is written whole, with its fields
    }

    /**
     * A section the file did not have: written, without placeholders, after the section before it, when the user put
     * something in it. Returns where the next missing section goes.
     */
    private void addSection(SectionFormat format, int index) {
        DocumentPart part = DocumentPart.of(format.section);
        if (!hasContent(part, part.in(doc), Template.fieldsOf(part)) && format.part(doc).getKept().isEmpty()) {
            return; // a section the file never had, still empty: not written
        }
        MarkdownOut out = new MarkdownOut();
        out.sparse = true;
        format.write(doc, out);
        String text = origin.inFileStyle(Sparse.prune(out.result(false)));
        List<SectionFormat> sections = MarkdownStrategyFormat.SECTIONS;
        // Before the next section in the template's order that the file has; else after the last one before it.
        for (int j = index + 1; j < sections.size(); j++) {
            Integer start = origin.sectionStarts.get(sections.get(j).part(doc));
            if (start != null) {
                edits.replace(start, start, lines(text + "\n\n"));
                return;
            }
        }
        for (int j = index - 1; j >= 0; j--) {
            int[] at = origin.parts.get(sections.get(j).part(doc));
            if (at != null && closedAt(at[1])) {
                insertBlock(at[1], text);
                return;
            }
        }
        int at = headerEnd();
        if (!closedAt(at)) {
            // Text the reader kept follows (a file with no sections it knows): a section put above it would take it
            // in on the next read. At the end it takes in nothing.
            at = origin.text.length();
        }
        edits.replace(at, at, at == 0 ? lines(text + "\n\n") : blankLineThen(text));
    }

    /**
     * Whether a section written in at {@code at} (the end of a line) ends where it should: what follows is a heading
     * of a section's level, or nothing. A section above other text would read it as its own.
     */
    private boolean closedAt(int at) {
        String[] lines = origin.text.substring(at).split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String trimmed = line.stripLeading();
            if (line.length() - trimmed.length() < 4 && trimmed.matches("([-*_])(?:[ \t]*\\1){2,}[ \t]*")
                    && String.join("", java.util.Arrays.copyOfRange(lines, i + 1, lines.length)).isBlank()) {
                // A "---" that ends the file: a section put before it leaves it the file's last line, as it was.
                return true;
            }
            return line.length() - trimmed.length() < 4 && (trimmed.startsWith("# ") || trimmed.startsWith("## ")
                    || trimmed.equals("#") || trimmed.equals("##"));
        }
        return true;
    }

    /** The header's and footer's lines the file lacks, added after the title or at the end. */
    private void addDocumentFields() {
        for (DocumentPart part : List.of(DocumentPart.HEADER, DocumentPart.FOOTER)) {
            Object owner = part.in(doc);
            for (TemplateField field : Template.fieldsOf(part)) {
                if (endOf(field, owner) >= 0 || !isNew(field, owner)) {
                    continue;
                }
                if (field == Template.TITLE) {
                    edits.replace(0, 0, "# " + Escapes.heading(field.text(owner).get()) + lines("\n\n"));
                    continue;
                }
                var line = DocumentFormat.FIELDS.field(field.label());
                if (!(line instanceof Fields.TextField text)) {
                    unplaced.add(field.toString());
                    continue;
                }
                String written = origin.inFileStyle(text.write(doc, 0, doc.getDocumentKept()));
                int at = part == DocumentPart.HEADER ? headerEnd() : footerEnd();
                insertBlock(at, written);
            }
        }
    }

    /**
     * Where a footer line the file lacks goes: at the end, or above a "---" the file ends with, which a footer line
     * after it would make the footer's own rule on the next read, and not the user's text.
     */
    private int footerEnd() {
        String text = origin.text;
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int lineStart = Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1)) + 1;
        String last = text.substring(lineStart, end).strip();
        if (last.length() >= 3 && last.replace(" ", "").chars().allMatch(c -> c == last.charAt(0))
                && "-*_".indexOf(last.charAt(0)) >= 0 && lineStart > 0) {
            int before = lineStart - 1;
            if (before > 0 && text.charAt(before) == '\n' && text.charAt(before - 1) == '\r') {
                before--;
            }
            return before;
        }
        return text.length();
    }

    /** Where the title and header lines end: after the last of them the file has, else after the title, else 0. */
    private int headerEnd() {
        int end = -1;
        for (TemplateField field : Template.fieldsOf(DocumentPart.HEADER)) {
            end = Math.max(end, endOf(field, DocumentPart.HEADER.in(doc)));
        }
        // After the paragraph of header lines, not inside it: lines after the last known one ("**Review**: …") stay
        // with it, as they were read.
        return Math.max(Math.max(end < 0 ? end : paragraphEnd(end), origin.titleEnd), 0);
    }

    /** Where the paragraph whose line ends at {@code lineEnd} ends: its last line before a blank one. */
    private int paragraphEnd(int lineEnd) {
        int at = lineEnd;
        while (true) {
            int next = at;
            if (next < origin.text.length() && origin.text.charAt(next) == '\r') {
                next++;
            }
            if (next < origin.text.length() && origin.text.charAt(next) == '\n') {
                next++;
            }
            int nextEnd = lineEndAt(next);
            if (next == at || next >= origin.text.length() || origin.text.substring(next, nextEnd).isBlank()) {
                return at;
            }
            at = nextEnd;
        }
    }

    /** New text as a block of its own: after a blank line, in the file's line breaks. */
    private String blankLineThen(String markdown) {
        return lines("\n\n" + markdown);
    }

    /**
     * Inserts {@code markdown} as a block of its own at the end of a line ({@code at}): after a blank line, and with
     * one after it too where text follows straight on, which would otherwise continue the new block.
     */
    private void insertBlock(int at, String markdown) {
        // A list written right above a list of the file's would join it (one list, read as the first): it goes after.
        for (Rows rows : origin.lists.values()) {
            if (rows.shape == MarkdownOrigin.Shape.LIST && !rows.rows.isEmpty() && rows.start >= at
                    && origin.text.substring(at, rows.start).isBlank() && endsInList(markdown)) {
                at = lineEndAt(rows.end);
                break;
            }
        }
        int next = at;
        if (next < origin.text.length() && origin.text.charAt(next) == '\r') {
            next++;
        }
        if (next < origin.text.length() && origin.text.charAt(next) == '\n') {
            next++;
        }
        int lineEnd = lineEndAt(next);
        boolean textFollows = next > at && lineEnd > next && !origin.text.substring(next, lineEnd).isBlank();
        edits.replace(at, at, blankLineThen(markdown) + (textFollows ? origin.newline : ""));
    }

    private static final java.util.regex.Pattern LIST_LINE = java.util.regex.Pattern.compile(
            "^[ \t]*(?:[-*+]|\\d{1,9}[.)])(?:[ \t].*)?$");

    private static boolean endsInList(String markdown) {
        String text = markdown.stripTrailing();
        return LIST_LINE.matcher(text.substring(text.lastIndexOf('\n') + 1)).matches();
    }

    private String lines(String text) {
        return origin.newline.equals("\n") ? text : text.replace("\n", origin.newline);
    }
}
