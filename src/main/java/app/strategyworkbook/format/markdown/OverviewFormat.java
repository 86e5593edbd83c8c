package app.strategyworkbook.format.markdown;

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
    static final Placeholder MISSION = Placeholder.of("[One sentence: Why does this company exist?]");
    static final Placeholder VISION = Placeholder.of("[One sentence: What does the world look like if we succeed?]");
    static final Placeholder VALUES = Placeholder.of("[3-5 core values that guide decision-making]");

    private final ListField<NamedItem> values = Fields.namedItems("Values", "values",
            o -> ((CompanyOverview) o).getValues(), true, NameStyle.BOLD,
            Placeholder.numbered("[Value %d]"), Placeholder.of("[What it means for how we decide]"));

    OverviewFormat() {
        super(TemplateSection.OVERVIEW, "Overview", "Company");
        prompt("mission", MISSION);
        prompt("vision", VISION);
        prompt("values", VALUES);
        subheading("mission", "Mission", "Our Mission", "Mission Statement");
        subheading("vision", "Vision", "Our Vision", "Vision Statement");
        subheading("values", "Values", "Our Values", "Core Values");
    }

    @Override
    Part part(StrategyDocument doc) {
        return doc.getOverview();
    }

    @Override
    boolean placeText(Paragraph paragraph, String text, ReadContext ctx) {
        CompanyOverview o = ctx.doc.getOverview();
        if ("values".equals(ctx.sub) && o.getValues().isEmpty() && text.equals(VALUES.at(0))) {
            ctx.placed("values");
            return true;
        }
        StringProperty field = "mission".equals(ctx.sub) ? o.missionProperty()
                : "vision".equals(ctx.sub) ? o.visionProperty() : null;
        if (field == null || !field.get().isEmpty()) {
            return false;
        }
        field.set(("mission".equals(ctx.sub) ? MISSION : VISION).read(text, 0));
        ctx.placed(ctx.sub);
        return true;
    }

    @Override
    ListField<?> unlabelledList(ReadContext ctx) {
        return "values".equals(ctx.sub) ? values : null;
    }

    @Override
    void write(StrategyDocument doc, MarkdownOut out) {
        CompanyOverview o = doc.getOverview();
        writeHeading(out, part(doc));
        out.kept(o, "#");
        subheading(out, "Mission", "mission", o);
        out.tight(paragraph(o.getMission(), MISSION));
        out.kept(o, "mission");
        subheading(out, "Vision", "vision", o);
        out.tight(paragraph(o.getVision(), VISION));
        out.kept(o, "vision");
        subheading(out, "Values", "values", o);
        String list = values.write(o);
        out.tight(list == null ? VALUES.at(0) : list);
        out.kept(o, "values");
        out.keptRest(o);
    }
}
