package app.strategyworkbook.format.markdown;

import app.strategyworkbook.template.Placeholder;
import app.strategyworkbook.template.Template;

import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import org.commonmark.node.Paragraph;

/** "## Purpose": one paragraph on why the document exists. */
final class PurposeFormat extends SectionFormat {
    private static final Placeholder TEXT = Template.PURPOSE.placeholder();

    PurposeFormat() {
        super(TemplateSection.PURPOSE);
    }

    @Override
    Part part(StrategyDocument doc) {
        return doc.getPurpose();
    }

    @Override
    boolean placeText(Paragraph paragraph, String text, ReadContext ctx) {
        if (!ctx.doc.getPurpose().getText().isEmpty()) {
            return false;
        }
        ctx.doc.getPurpose().setText(TEXT.read(text, 0));
        ctx.tookParagraphs(ctx.doc.getPurpose().textProperty());
        ctx.placed("text");
        return true;
    }

    @Override
    void write(StrategyDocument doc, MarkdownOut out) {
        Part part = part(doc);
        writeHeading(out, part(doc));
        out.kept(part, "#");
        out.block(paragraph(doc.getPurpose().getText(), TEXT));
        out.kept(part, "text");
        out.keptRest(part);
    }
}
