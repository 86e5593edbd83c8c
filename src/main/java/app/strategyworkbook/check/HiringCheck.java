package app.strategyworkbook.check;

import app.strategyworkbook.model.PriorityHire;
import app.strategyworkbook.model.ResourceAllocation;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The priority hires fit between the current and the target team size. */
final class HiringCheck implements Check {
    @Override
    public void check(StrategyDocument doc, LocalDate today, Findings findings) {
        ResourceAllocation r = doc.getResources();
        Optional<Integer> current = r.currentTeamCount();
        Optional<Integer> target = r.targetTeamCount();
        if (current.isEmpty() || target.isEmpty()) {
            return;
        }
        int growth = target.get() - current.get();
        if (growth < 0) {
            findings.warning(Sections.place(TemplateSection.RESOURCES, "Target Team Size", "targetTeamSize"),
                    "the target team (" + target.get() + ") is smaller than the current team (" + current.get() + ")");
            return;
        }
        int hires = 0;
        List<PriorityHire> list = r.getPriorityHires();
        for (PriorityHire hire : list) {
            hires += hire.headcountCount().orElse(0);
        }
        if (hires > growth) {
            findings.error(Sections.place(TemplateSection.RESOURCES, "Priority Hiring", "priorityHires"),
                    "the priority hires add up to " + hires + " people, but the team grows by only " + growth
                            + " (from " + current.get() + " to " + target.get() + ")");
        }
    }
}
