package app.strategyworkbook.format.markdown;

import app.strategyworkbook.template.Placeholder;
import app.strategyworkbook.template.Template;

import app.strategyworkbook.format.markdown.Fields.ListField;
import app.strategyworkbook.format.markdown.Fields.NameStyle;
import app.strategyworkbook.model.CompanyOverview;
import app.strategyworkbook.model.NamedItem;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import javafx.beans.property.StringProperty;
import org.commonmark.node.Paragraph;

/** "## Company Overview": mission, vision and values. */
final class OverviewFormat extends SectionFormat {
    private static final Placeholder MISSION = Template.MISSION.placeholder();
    private static final Placeholder VISION = Template.VISION.placeholder();
    private static final Placeholder VALUES = Template.VALUES.placeholder();

    private final ListField<NamedItem> values = Fields.namedItems(Template.VALUES, true, NameStyle.BOLD);

    OverviewFormat() {
        super(TemplateSection.OVERVIEW);
        subheadings();
        unlabelled(values);
    }

    @Override
    Part part(StrategyDocument doc) {
        return doc.getOverview();
    }

    /**
     * Under the values' heading, a "###" of its own is a value ("### Compassion" and its paragraph), where the values
     * are not a list already: its name is the heading, its meaning the paragraph under it.
     */
    @Override
    boolean recognizes(String headingText, ReadContext ctx) {
        if (super.recognizes(headingText, ctx)) {
            return true;
        }
        var read = ctx.origin.lists.get(ctx.doc.getOverview().getValues());
        // A heading that names a section or a part of one ("### Market Opportunity") is that, not a value, where the
        // reader would go into it: a value named "Markets" in a file whose context has a heading of its own is a value.
        return "values".equals(ctx.sub) && !headingText.isBlank()
                && (app.strategyworkbook.template.Headings.byName(headingText).isEmpty()
                        || !ctx.entersSection.test(headingText))
                && (read == null ? ctx.doc.getOverview().getValues().isEmpty()
                        : read.shape == MarkdownOrigin.Shape.BLOCKS);
    }

    @Override
    void enter(String headingText, ReadContext ctx) {
        if (subheadingKey(headingText) != null) {
            super.enter(headingText, ctx);
            return;
        }
        CompanyOverview o = ctx.doc.getOverview();
        NamedItem value = new NamedItem();
        value.setName(Template.VALUE_NAME.placeholder().read(headingText.strip(), o.getValues().size()));
        o.getValues().add(value);
        ctx.inHeading(value.nameProperty());
        ctx.itemStarts(o.getValues(), value, value.nameProperty(), this);
        ctx.current = value;
        ctx.at(o, "values");
        // Written whole again, the values stay headings: as a list, text kept after them could join it.
        o.spell(VALUE_HEADINGS, VALUE_HEADINGS, "");
    }

    /** The spelling that says the file lists its values as named items ("**Accueil** — …"). */
    private static final String VALUES_NAMED = "values:named";

    /** The spelling that says the file heads each value with a "###" of its own. */
    private static final String VALUE_HEADINGS = "values:headings";

    /** A value added to a file whose values are headings: a heading like theirs, its meaning under it. */
    @Override
    void writeItem(MarkdownOut out, Object item, int index) {
        NamedItem value = (NamedItem) item;
        out.block("### " + Escapes.heading(Template.VALUE_NAME.placeholder().write(value.getName(), index)));
        if (!value.getDescription().isEmpty()) {
            out.tight(Escapes.escapeLines(value.getDescription(), 0));
        }
    }

    /** A value's meaning its heading lacks: the paragraph under it. */
    @Override
    String writeField(app.strategyworkbook.template.TemplateField field, Object owner, Part spelledIn) {
        if (field == Template.VALUE_MEANING && owner instanceof NamedItem value) {
            return Escapes.escapeLines(value.getDescription(), 0);
        }
        return super.writeField(field, owner, spelledIn);
    }

    @Override
    boolean placeText(Paragraph paragraph, String text, ReadContext ctx) {
        CompanyOverview o = ctx.doc.getOverview();
        if (ctx.current instanceof NamedItem value) {
            if (!value.getDescription().isEmpty()) {
                return false;
            }
            value.setDescription(Template.VALUE_MEANING.placeholder().read(text, 0));
            ctx.took(value.descriptionProperty());
            return true;
        }
        if ("values".equals(ctx.sub) && o.getValues().isEmpty() && text.equals(VALUES.at(0))) {
            // The template's "[3-5 core values …]": values the user adds take its place.
            ctx.origin.rows(o.getValues(), MarkdownOrigin.Shape.LIST, ctx.textStart, ctx.textEnd).list = values;
            ctx.placed("values");
            return true;
        }
        StringProperty field = "mission".equals(ctx.sub) ? o.missionProperty()
                : "vision".equals(ctx.sub) ? o.visionProperty() : null;
        if (field == null || !field.get().isEmpty()) {
            return false;
        }
        field.set(("mission".equals(ctx.sub) ? MISSION : VISION).read(text, 0));
        ctx.tookParagraphs(field);
        ctx.placed(ctx.sub);
        return true;
    }

    /**
     * The values: a list of named items as people write them ("**Accueil** — hospitality as a craft", "Warmth - We
     * treat customers as guests", "**Transparency.** Rates are published") is read name and meaning, each item written
     * back in its own shape; any other list as before, an item's text before its first colon being the name.
     */
    @Override
    ListField<?> unlabelledList(ReadContext ctx) {
        if (!"values".equals(ctx.sub)) {
            return null;
        }
        return new NamedBullets.Field<NamedItem>(Template.VALUES, Template.VALUE_NAME, Template.VALUE_MEANING,
                o -> ((CompanyOverview) o).getValues()) {
            /** Whether this list is read as named items; a list that continues it is read the same way. */
            private Boolean named;

            @Override
            boolean read(org.commonmark.node.ListBlock block, Object target, ReadContext ctx, boolean continues) {
                if (!continues && !values.of(target).isEmpty()) {
                    return false;
                }
                if (named == null) {
                    // Items as the template writes them ("**Name**: meaning", "Name: meaning") are read as it reads
                    // them; the other ways of naming (a dash, a full stop in the bold) as named items.
                    named = accepts(block, ctx.src) && NamedBullets.otherThanColons(block, ctx.src);
                }
                if (!named) {
                    return values.read(block, target, ctx, continues);
                }
                if (!super.read(block, target, ctx, continues)) {
                    return false;
                }
                // Written whole again, the values stay a list of named items, so a list kept after them (one this
                // reading did not take) stays apart from them, as it was.
                ((CompanyOverview) target).spell(VALUES_NAMED, marker(ctx, values.of(target)), "");
                return true;
            }
        };
    }

    @Override
    void write(StrategyDocument doc, MarkdownOut out) {
        CompanyOverview o = doc.getOverview();
        writeHeading(out, part(doc));
        out.kept(o, "#");
        subheading(out, heading("mission"), "mission", o);
        out.tight(paragraph(o.getMission(), MISSION));
        out.kept(o, "mission");
        subheading(out, heading("vision"), "vision", o);
        out.tight(paragraph(o.getVision(), VISION));
        out.kept(o, "vision");
        subheading(out, heading("values"), "values", o);
        String list = values.write(o);
        if (list != null && VALUE_HEADINGS.equals(o.spelling(VALUE_HEADINGS, ""))) {
            for (int i = 0; i < o.getValues().size(); i++) {
                writeItem(out, o.getValues().get(i), i);
            }
        } else if (list != null && !o.spelling(VALUES_NAMED, "").isEmpty()) {
            out.tight(new NamedBullets.Field<NamedItem>(Template.VALUES, Template.VALUE_NAME, Template.VALUE_MEANING,
                    v -> ((CompanyOverview) v).getValues()).write(o, o.spelling(VALUES_NAMED, "")));
        } else {
            out.tight(list == null ? VALUES.at(0) : list);
        }
        out.kept(o, "values");
        out.keptRest(o);
    }
}
