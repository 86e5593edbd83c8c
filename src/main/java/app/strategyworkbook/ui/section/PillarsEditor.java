package app.strategyworkbook.ui.section;

import static app.strategyworkbook.template.Template.PILLARS;
import static app.strategyworkbook.template.Template.PILLAR_DESCRIPTION;
import static app.strategyworkbook.template.Template.PILLAR_INITIATIVES;
import static app.strategyworkbook.template.Template.PILLAR_METRICS;
import static app.strategyworkbook.template.Template.PILLAR_NAME;
import static app.strategyworkbook.template.Template.PILLAR_WHY;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.Pillar;
import app.strategyworkbook.model.PillarMetric;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.template.DocumentPart;
import app.strategyworkbook.ui.field.ItemsEditor;

/** Strategic pillars: each with its description, why it matters, initiatives and success metrics. */
final class PillarsEditor extends SectionEditor {
    PillarsEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.PILLARS, doc, history);
    }

    @Override
    protected void build() {
        form.<Pillar>items(PILLARS, (f, p) -> {
            f.fields(PILLAR_NAME, PILLAR_DESCRIPTION, PILLAR_WHY, PILLAR_INITIATIVES);
            // Each metric whose target and current value are numbers shows how far along it is.
            f.<PillarMetric>table(PILLAR_METRICS).progressColumn("Progress",
                    m -> javafx.beans.binding.Bindings.createDoubleBinding(() -> m.progress().orElse(-1),
                            m.targetProperty(), m.currentProperty()), 2);
            f.fields(app.strategyworkbook.template.Template.PILLAR_NOTES);
            f.kept(p, DocumentPart.PILLARS);
        }, ItemsEditor.numbered("Pillar", Pillar::getName), p -> new javafx.beans.Observable[] {p.nameProperty()});
        form.kept(doc.getPillars(), DocumentPart.PILLARS);
    }
}
