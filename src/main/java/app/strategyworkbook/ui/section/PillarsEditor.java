package app.strategyworkbook.ui.section;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.Pillar;
import app.strategyworkbook.model.PillarMetric;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.ui.field.Form;
import app.strategyworkbook.ui.field.ItemsEditor;

/** Strategic pillars: each with its description, why it matters, initiatives and success metrics. */
final class PillarsEditor extends SectionEditor {
    PillarsEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.PILLARS, doc, history);
    }

    @Override
    protected void build() {
        var pillars = doc.getPillars();
        ItemsEditor<Pillar> editor = new ItemsEditor<>("pillars-pillars", "pillar", pillars.getPillars(), Pillar::new,
                (p, i) -> {
                    Form f = new Form("pillars-" + i, form.history());
                    f.text("Name", "name", p.nameProperty(), prompt("name"));
                    f.area("Description", "description", p.descriptionProperty(), prompt("description"));
                    f.area("Why It Matters", "whyItMatters", p.whyItMattersProperty(), prompt("why"));
                    f.strings("Key Initiatives", "initiatives", p.getInitiatives(), "[Initiative]");
                    f.table("Success Metrics", "metrics", p.getMetrics(), PillarMetric::new)
                            .column("Metric", PillarMetric::nameProperty, 0.37)
                            .column("Target", PillarMetric::targetProperty, 0.2)
                            .column("Current", PillarMetric::currentProperty, 0.18)
                            .progressColumn("Progress", m -> javafx.beans.binding.Bindings.createDoubleBinding(
                                    () -> m.progress().orElse(-1), m.targetProperty(), m.currentProperty()), 0.25);
                    f.kept(p);
                    return f.box();
                }, ItemsEditor.numbered("Pillar", Pillar::getName),
                p -> new javafx.beans.Observable[] {p.nameProperty()});
        form.add(editor.view());
        form.kept(pillars);
    }
}
