package app.strategyworkbook.check;

import app.strategyworkbook.template.Template;
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
        unreadable(findings, Template.CURRENT_TEAM_SIZE.at(), "Current Team Size", r.getCurrentTeamSize(), current);
        unreadable(findings, Template.TARGET_TEAM_SIZE.at(), "Target Team Size", r.getTargetTeamSize(), target);
        List<PriorityHire> list = r.getPriorityHires();
        for (int i = 0; i < list.size(); i++) {
            PriorityHire hire = list.get(i);
            unreadable(findings, Template.HIRE_HEADCOUNT.at(i), "Priority Hiring > "
                    + (hire.getRole().isEmpty() ? "line " + (i + 1) : hire.getRole()), hire.getHeadcount(),
                    hire.headcountCount());
        }
        if (current.isEmpty() || target.isEmpty()) {
            return;
        }
        int growth = target.get() - current.get();
        if (growth < 0) {
            findings.warning(Template.TARGET_TEAM_SIZE.at(), "Target Team Size",
                    "the target team (" + target.get() + ") is smaller than the current team (" + current.get() + ")");
            return;
        }
        int hires = 0;
        for (PriorityHire hire : list) {
            hires += hire.headcountCount().orElse(0);
        }
        if (hires > growth) {
            findings.error(Template.PRIORITY_HIRES.at(), "Priority Hiring",
                    "the priority hires add up to " + hires + " people, but the team grows by only " + growth
                            + " (from " + current.get() + " to " + target.get() + ")");
        }
    }

    /** Text that should be a number of people but is not: kept as typed, and said. */
    private static void unreadable(Findings findings, app.strategyworkbook.template.FieldRef where, String field,
                                   String text, Optional<Integer> count) {
        if (!text.isEmpty() && count.isEmpty()) {
            findings.warning(where, field,
                    "\"" + text + "\" does not start with a number of people");
        }
    }
}
