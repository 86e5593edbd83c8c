package app.strategyworkbook.recovery;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.model.StrategyDocument;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A second running copy of the app, as far as its journal goes, in a JVM of its own: it says how many crashed
 * sessions' journals it was offered, journals one edit, says where, and waits: "quit" on its input closes it cleanly;
 * {@code RecoveryJournalInTwoJvmsTest} otherwise kills it with SIGKILL.
 */
public final class JournalThenWait {
    private JournalThenWait() {
    }

    public static void main(String[] args) throws Exception {
        RecoveryJournal journal = new RecoveryJournal(Path.of(args[0]));
        var left = journal.leftBehind().get(20, TimeUnit.SECONDS);
        for (var one : left) {
            journal.offerLater(one);
        }
        System.out.println("offered " + left.size());
        StrategyDocument doc = new StrategyFiles().newDocument();
        doc.getOverview().setVision(args[1]);
        journal.unsaved(journal.snapshot(doc), null).get(20, TimeUnit.SECONDS);
        System.out.println("journalled " + journal.journalledDocument());
        System.out.flush();
        String line = new BufferedReader(new InputStreamReader(System.in)).readLine();
        if ("quit".equals(line)) {
            journal.closeCleanly().get(20, TimeUnit.SECONDS);
            System.out.println("closed");
        }
    }
}
