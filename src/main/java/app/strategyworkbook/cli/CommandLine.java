package app.strategyworkbook.cli;

import app.strategyworkbook.words.Plural;
import app.strategyworkbook.check.Finding;
import app.strategyworkbook.check.StrategyChecks;
import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.Deck;
import app.strategyworkbook.present.Drawing;
import app.strategyworkbook.present.OnePage;
import app.strategyworkbook.present.Slide;
import app.strategyworkbook.present.export.DeckExport;
import app.strategyworkbook.present.export.OnePageExport;
import app.strategyworkbook.present.export.PptxExport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The command line: {@code convert}, {@code validate}, {@code export}, {@code get} and {@code set}. It never touches
 * the JavaFX toolkit, so it runs on a machine with no display (a CI job can publish the deck on every change). Exit
 * codes: 0 done (validate: no errors), 1 validate found errors, 2 a file could not be read or written, or the command
 * was wrong.
 */
public final class CommandLine {
    public static final int OK = 0;
    public static final int FOUND_ERRORS = 1;
    public static final int FAILED = 2;

    private static final Set<String> COMMANDS = Set.of("convert", "validate", "export", "get", "set", "help", "--help",
            "-h", "--version", "-V");

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final StrategyFiles files = new StrategyFiles();
    private boolean debug;

    public CommandLine(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** What works from the command line, as every sentence about a wrong use ends. */
    static final String WHAT_WORKS = "the commands are convert, validate, export, get, set, --help and --version, and "
            + "the window opens one .md, .markdown or .json file";

    /**
     * Whether these arguments are for the command line rather than the window. The window takes nothing, or one
     * argument that names a file (see {@link #namesAFile}), besides --debug and --verbose; everything else is the
     * command line's, which says what is wrong with a word it does not know ({@code publish a b c}) rather than opening
     * a window on a file called "set".
     */
    public static boolean isCommand(String... args) {
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            // --verbose and --startup-training belong to the window: they time it, and run it once for the installer
            if (!arg.equals("--debug") && !arg.equals("--verbose") && !arg.equals("--startup-training")) {
                words.add(arg);
            }
        }
        return !words.isEmpty() && !(words.size() == 1 && namesAFile(words.get(0)));
    }

    /**
     * Whether a word given alone names a file to open in the window: a name in one of the formats ({@code plan.md},
     * {@code ../Strategy 2026.json}), or any file or folder that is there, which the window then says it cannot open.
     * A command's name, or a word that starts with "-", is never a file: {@code ./validate} opens a file of that name.
     */
    static boolean namesAFile(String word) {
        if (COMMANDS.contains(word) || (word.startsWith("-") && !word.equals("-"))) {
            return false;
        }
        try {
            Path path = Path.of(word);
            return FileFormat.of(path).isPresent() || Files.exists(path);
        } catch (java.nio.file.InvalidPathException notAPath) {
            return false;
        }
    }

    public int run(String... arguments) {
        List<String> args = new ArrayList<>();
        for (String a : arguments) {
            if (a.equals("--debug")) {
                debug = true;
            } else {
                args.add(a);
            }
        }
        if (args.isEmpty()) {
            return usage("No command given.");
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (command) {
            case "help", "--help", "-h" -> {
                out.print(HELP);
                return OK;
            }
            case "--version", "-V" -> {
                out.println("Strategy Workbook " + version());
                return OK;
            }
            case "convert" -> {
                return rest.size() == 2 ? convert(Path.of(rest.get(0)), Path.of(rest.get(1)))
                        : usage("convert takes two files: the strategy to read and the file to write.");
            }
            case "validate" -> {
                return rest.isEmpty() ? usage("validate takes one or more strategy files.") : validate(rest);
            }
            case "get" -> {
                return rest.size() == 2 ? new Values(files, out, err).get(Path.of(rest.get(0)), rest.get(1))
                        : usage("get takes a strategy file and a pointer, as in: get strategy.md /footer/nextReview.");
            }
            case "set" -> {
                return rest.size() == 3 ? new Values(files, out, err).set(Path.of(rest.get(0)), rest.get(1), rest.get(2))
                        : usage("set takes a strategy file, a pointer and a value, as in: "
                        + "set strategy.md /footer/nextReview 2027-03-31.");
            }
            case "export" -> {
                return export(rest);
            }
            default -> {
                String problem = namesAFile(command) && !rest.isEmpty() ? "Only one file can be opened at a time"
                        : (command.startsWith("-") ? "Unknown option \"" : "Unknown command \"") + command + "\"";
                err.println(problem + ": " + WHAT_WORKS + ".");
                return FAILED;
            }
        }
    }

    private int convert(Path in, Path outFile) {
        if (FileFormat.of(outFile).isEmpty()) {
            err.println("Cannot write " + outFile + ": name it .md, .markdown or .json so the format is clear.");
            return FAILED;
        }
        try {
            StrategyFiles.Opened opened = files.open(in);
            if (Files.exists(outFile) && Files.isSameFile(in, outFile)) {
                err.println("Cannot convert " + in + " onto itself: give another file to write.");
                return FAILED;
            }
            files.save(opened, outFile);
            out.println("Converted " + in + " (" + opened.format().label() + ") to " + outFile + " ("
                    + FileFormat.of(outFile).orElseThrow().label() + ").");
            return OK;
        } catch (StrategyFormatException e) {
            report(e);
            return FAILED;
        } catch (IOException e) {
            err.println("Cannot convert " + in + ": " + e.getMessage() + ".");
            return FAILED;
        }
    }

    /** What export can write, by the name's ending. */
    private enum Output { PDF, PPTX, PNG }

    private int export(List<String> args) {
        List<String> names = new ArrayList<>(args);
        boolean onePage = names.remove("--one-page");
        boolean handout = names.remove("--handout");
        if (names.size() != 2 || (onePage && handout) || names.stream().anyMatch(f -> f.startsWith("--"))) {
            return usage("export takes a strategy and a file to write (.pdf, .pptx or .png), with --one-page for the "
                    + "one-page summary or --handout for the slides with their speaker notes.");
        }
        Path in = Path.of(names.get(0));
        Path target = Path.of(names.get(1));
        String name = target.getFileName() == null ? "" : target.getFileName().toString()
                .toLowerCase(java.util.Locale.ROOT);
        Output output = name.endsWith(".pdf") ? Output.PDF : name.endsWith(".pptx") ? Output.PPTX
                : name.endsWith(".png") ? Output.PNG : null;
        if (output == null || (onePage && output == Output.PPTX) || (handout && output != Output.PDF)) {
            String kinds = onePage ? ".pdf or .png" : handout ? ".pdf" : ".pdf, .pptx or .png";
            err.println("Cannot export to " + target + ": name it " + kinds + " so the format is clear.");
            return FAILED;
        }
        // Pictures are drawn with Java2D, which must not look for a display: none is needed, and on a server
        // none is there.
        System.setProperty("java.awt.headless", "true");
        try {
            StrategyDocument doc = files.open(in).document();
            if (onePage) {
                Drawing page = OnePage.draw(doc);
                if (output == Output.PDF) {
                    OnePageExport.writePdf(page, Deck.documentTitle(doc), target);
                } else {
                    OnePageExport.writePng(page, target);
                }
                out.println("Exported the strategy on a page of " + in + " to " + target + ".");
                return OK;
            }
            List<Slide> slides = Deck.shown(doc);
            Deck.Footing footing = Deck.footing(doc);
            String count = Plural.of(slides.size(), "slide");
            switch (output) {
                case PDF -> {
                    if (handout) {
                        DeckExport.writeHandout(footing, slides, target);
                    } else {
                        DeckExport.writePdf(footing, slides, target);
                    }
                    out.println("Exported " + count + " of " + in + " to " + target
                            + (handout ? " with their speaker notes." : "."));
                }
                case PPTX -> {
                    PptxExport.write(footing, slides, target);
                    out.println("Exported " + count + " of " + in + " to " + target + ".");
                }
                case PNG -> {
                    Path folder = pictureFolder(target);
                    DeckExport.writePngs(footing, slides, folder);
                    out.println("Exported " + count + " of " + in + " as pictures in " + folder + " (slide-01.png to "
                            + String.format("slide-%02d.png", slides.size()) + ").");
                }
            }
            return OK;
        } catch (StrategyFormatException e) {
            report(e);
            return FAILED;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("Cannot export " + in + " to " + target + ": " + e.getMessage() + ".");
            return FAILED;
        }
    }

    /** Where a deck's pictures go for {@code slides.png}: a folder {@code slides} beside it, a picture per slide. */
    static Path pictureFolder(Path target) {
        String name = target.getFileName().toString();
        return target.resolveSibling(name.substring(0, name.length() - ".png".length()));
    }

    private int validate(List<String> names) {
        int result = OK;
        LocalDate today = LocalDate.now(clock);
        StrategyChecks checks = new StrategyChecks();
        for (String name : names) {
            try {
                StrategyFiles.Opened opened = files.open(Path.of(name));
                List<Finding> findings = checks.check(opened.document(), today);
                // What the reader could not place is kept, never checked: one warning says how much that was.
                opened.recognition().message().ifPresent(m -> out.println(name + ": warning: " + m));
                for (Finding f : findings) {
                    out.println(name + ": " + f.severity().word() + ": " + f.describe());
                }
                if (StrategyChecks.hasErrors(findings) && result == OK) {
                    result = FOUND_ERRORS;
                }
            } catch (StrategyFormatException e) {
                report(e);
                result = FAILED;
            }
        }
        return result;
    }

    private void report(StrategyFormatException e) {
        err.println(e.getMessage());
        if (debug && e.getCause() != null) {
            e.getCause().printStackTrace(err);
        }
    }

    private int usage(String problem) {
        err.println(problem + " Run with --help to see the commands.");
        return FAILED;
    }

    public static String version() {
        try (InputStream in = CommandLine.class.getResourceAsStream("/app/strategyworkbook/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }

    private static final String HELP = """
            Strategy Workbook: write, check and present your company strategy.

            Usage:
              strategy-workbook                  open the app on a new strategy from the template
              strategy-workbook FILE             open the app on FILE: a .md, .markdown or .json file, or any
                                                 file that is there (./validate opens a file named validate)
              strategy-workbook convert IN OUT   convert between Markdown and JSON by file extension
              strategy-workbook validate FILE... check strategies; one line per finding:
                                                 file: severity: section > field: message
              strategy-workbook export FILE OUT  export the slides, chosen by OUT's ending:
                                                 OUT.pdf   a PDF, a page per slide, its text searchable
                                                 OUT.pptx  a PowerPoint to edit
                                                 OUT.png   a PNG per slide, into the folder OUT
                                                           (slides.png: slides/slide-01.png, ...)
              strategy-workbook export --handout FILE OUT.pdf
                                                 the slides with their speaker notes, one per page
              strategy-workbook export --one-page FILE OUT.pdf|OUT.png
                                                 the strategy on one page, for the board
              strategy-workbook get FILE POINTER print one value, a list or a section of FILE (lists and
                                                 sections as JSON)
              strategy-workbook set FILE POINTER VALUE
                                                 change one value and save FILE as the window does: atomically,
                                                 the old file kept as FILE.bak, only that value's text changed
              strategy-workbook --help           show this help
              strategy-workbook --version        show the version

            POINTER is a JSON Pointer over the names of the JSON format: /footer/nextReview,
            /risks/risks/1/likelihood, /pillars/pillars/0/metrics/1/current. Items count from 0; in set, the
            number one past the last item adds an item (/risks/risks/5/risk when there are 5 risks).

            Options:
              --debug   show the technical detail (stack trace) behind an error

            Exit codes: 0 done, no errors; 1 validate found errors; 2 a file could not be read or written,
            the command was wrong, a pointer names nothing, or there is no display for the window (convert,
            validate, export, get and set need none).
            Files larger than 32 MB are not opened.
            """;
}
