package app.strategyworkbook.cli;

import app.strategyworkbook.words.Plural;
import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.format.json.JsonStrategyFormat;
import app.strategyworkbook.template.Pointer;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code get} and {@code set}: one value of a strategy file by its JSON Pointer, for scripts that keep a strategy up
 * to date (this quarter's metric values written in, a CI job reading the next review date). A set saves as the window
 * does: atomically, the replaced file kept as .bak, and in Markdown only that value's text changed.
 */
final class Values {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StrategyFiles files;
    private final PrintStream out;
    private final PrintStream err;

    Values(StrategyFiles files, PrintStream out, PrintStream err) {
        this.files = files;
        this.out = out;
        this.err = err;
    }

    /** Prints the value {@code pointer} names: a text as it is, a list or section as JSON. */
    int get(Path file, String pointer) {
        try {
            JsonNode tree = JSON.readTree(JsonStrategyFormat.shared().write(files.open(file).document()));
            if (!pointer.isEmpty() && !pointer.startsWith("/")) {
                err.println("\"" + pointer + "\" is not a pointer: it starts with \"/\", as in /footer/nextReview.");
                return CommandLine.FAILED;
            }
            JsonNode node = tree.at(JsonPointer.compile(pointer));
            if (node.isMissingNode()) {
                err.println(missing(tree, pointer));
                return CommandLine.FAILED;
            }
            out.println(node.isTextual() ? node.asText()
                    : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
            return CommandLine.OK;
        } catch (StrategyFormatException e) {
            err.println(e.getMessage());
            return CommandLine.FAILED;
        } catch (java.io.IOException | IllegalArgumentException e) {
            err.println("Cannot read " + pointer + " in " + file + ": " + e.getMessage() + ".");
            return CommandLine.FAILED;
        }
    }

    /** Sets the text {@code pointer} names to {@code value} and saves the file; nothing is written if it names none. */
    int set(Path file, String pointer, String value) {
        try {
            StrategyFiles.Opened opened = files.open(file);
            Pointer.parse(pointer).text(opened.document()).set(value);
            files.save(opened, file);
            out.println("Set " + pointer + " in " + file + ".");
            return CommandLine.OK;
        } catch (Pointer.NoSuchField e) {
            err.println(e.getMessage());
            return CommandLine.FAILED;
        } catch (StrategyFormatException e) {
            err.println(e.getMessage());
            return CommandLine.FAILED;
        }
    }

    /** The sentence for a pointer the file's JSON does not have: where it stops, and the names there. */
    private static String missing(JsonNode tree, String pointer) {
        List<String> steps = new ArrayList<>();
        for (String step : pointer.substring(1).split("/", -1)) {
            steps.add(step.replace("~1", "/").replace("~0", "~"));
        }
        JsonNode node = tree;
        String at = "";
        for (String step : steps) {
            JsonNode next = node.isObject() ? node.get(step) : node.isArray() ? node.get(index(step)) : null;
            if (next == null) {
                String where = at.isEmpty() ? "at the top" : "in " + at;
                if (node.isArray()) {
                    return pointer + " names nothing: " + where + (node.isEmpty() ? " there are no items yet."
                            : node.size() == 1 ? " there is 1 item, numbered 0."
                            : " " + Plural.thereAre(node.size(), "item") + ", numbered 0 to " + (node.size() - 1) + ".");
                }
                if (!node.isObject()) {
                    return pointer + " goes past " + at + ", which is one value.";
                }
                List<String> names = new ArrayList<>();
                node.fieldNames().forEachRemaining(names::add);
                return pointer + " names nothing: " + where + " there is no \"" + step + "\"; the closest names are "
                        + Pointer.closest(step, names) + ".";
            }
            node = next;
            at = at + "/" + step;
        }
        return pointer + " names nothing.";
    }

    private static int index(String step) {
        try {
            return step.equals(String.valueOf(Integer.parseInt(step))) ? Integer.parseInt(step) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
