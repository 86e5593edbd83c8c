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
        unreadable(findings, "Current Team Size", "currentTeamSize", r.getCurrentTeamSize(), current);
        unreadable(findings, "Target Team Size", "targetTeamSize", r.getTargetTeamSize(), target);
        List<PriorityHire> list = r.getPriorityHires();
        for (int i = 0; i < list.size(); i++) {
            PriorityHire hire = list.get(i);
            unreadable(findings, "Priority Hiring > " + (hire.getRole().isEmpty() ? "line " + (i + 1) : hire.getRole()),
                    "priorityHires[" + i + "].headcount", hire.getHeadcount(), hire.headcountCount());
        }
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
        for (PriorityHire hire : list) {
            hires += hire.headcountCount().orElse(0);
        }
        if (hires > growth) {
            findings.error(Sections.place(TemplateSection.RESOURCES, "Priority Hiring", "priorityHires"),
                    "the priority hires add up to " + hires + " people, but the team grows by only " + growth
                            + " (from " + current.get() + " to " + target.get() + ")");
        }
    }

    /** Text that should be a number of people but is not: kept as typed, and said. */
    private static void unreadable(Findings findings, String field, String path, String text, Optional<Integer> count) {
        if (!text.isEmpty() && count.isEmpty()) {
            findings.warning(Sections.place(TemplateSection.RESOURCES, field, path),
                    "\"" + text + "\" does not start with a number of people");
        }
    }
}
