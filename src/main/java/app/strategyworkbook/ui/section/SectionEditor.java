package app.strategyworkbook.ui.section;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.ui.field.Form;
import javafx.scene.Node;

/**
 * The editor of one tab: a form of the template's fields, each made from its declaration in the catalogue, bound to
 * the document.
 */
public abstract class SectionEditor {
    protected final StrategyDocument doc;
    protected final Form form;
    private final TemplateSection section;

    protected SectionEditor(TemplateSection section, StrategyDocument doc, EditHistory history) {
        this.section = section;
        this.doc = doc;
        this.form = new Form(doc, history);
    }

    public TemplateSection section() {
        return section;
    }

    /** The tab's content. */
    public Node view() {
        build();
        // The presenter's notes for the section's slides, last on its tab: they are for the meeting, not the page.
        form.heading("Speaker notes");
        notes();
        return form.view();
    }

    /** The speaker notes this tab edits: its section's. */
    protected void notes() {
        app.strategyworkbook.template.Template.notesOf(app.strategyworkbook.template.DocumentPart.of(section))
                .ifPresent(form::fields);
    }

    protected abstract void build();

    /** Every tab, in the template's order, for one document. */
    public static java.util.List<SectionEditor> all(StrategyDocument doc, EditHistory history) {
        return java.util.List.of(new OverviewEditor(doc, history), new ContextEditor(doc, history),
                new PillarsEditor(doc, history), new SegmentsEditor(doc, history), new GoToMarketEditor(doc, history),
                new ProductEditor(doc, history), new TechnologyEditor(doc, history), new ResourcesEditor(doc, history),
                new RisksEditor(doc, history), new SuccessEditor(doc, history), new GuidanceEditor(doc, history));
    }
}
