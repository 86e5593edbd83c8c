package app.strategyworkbook.ui.field;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * A field's Markdown as it reads: bold as bold, italics, code in a fixed font, a link as its words (never followed),
 * a list with bullets. What is typed stays the Markdown source; this only draws it while the field is not being
 * edited. Raw HTML, comments included, is shown as its text, as typed: nothing in a file is ever run.
 */
public final class FormattedText {
    /** One parser for the window: commonmark's parser is immutable and safe to share. */
    private static final Parser PARSER = Parser.builder().build();

    private FormattedText() {
    }

    /** Whether {@code markdown} reads differently formatted: it holds a character Markdown gives a meaning to. */
    public static boolean hasMarkup(String markdown) {
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '*' || c == '_' || c == '`' || c == '[' || c == '#' || c == '<' || c == '\\'
                    || (c == '-' || c == '+') && (i == 0 || markdown.charAt(i - 1) == '\n')) {
                return true;
            }
        }
        return false;
    }

    /** Fills {@code flow} with {@code markdown} drawn as it reads. */
    public static void show(TextFlow flow, String markdown) {
        flow.getChildren().setAll(runs(markdown == null ? "" : markdown));
    }

    /** The text runs of {@code markdown}, each styled by what it is ("md-strong", "md-emphasis", "md-code", ...). */
    static List<Node> runs(String markdown) {
        List<Node> runs = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            private final List<String> styles = new ArrayList<>();
            private boolean blockStarted;

            private void text(String words) {
                Text run = new Text(words);
                run.getStyleClass().add("md-text");
                run.getStyleClass().addAll(styles);
                runs.add(run);
            }

            private void block(org.commonmark.node.Node block) {
                if (blockStarted) {
                    text("\n");
                }
                blockStarted = true;
                visitChildren(block);
            }

            private void styled(String style, org.commonmark.node.Node node) {
                styles.add(style);
                visitChildren(node);
                styles.remove(styles.size() - 1);
            }

            @Override
            public void visit(org.commonmark.node.Text node) {
                text(node.getLiteral());
            }

            @Override
            public void visit(Paragraph node) {
                if (node.getParent() instanceof ListItem && node.getPrevious() == null) {
                    visitChildren(node); // the item's first paragraph follows its bullet
                } else {
                    block(node);
                }
            }

            @Override
            public void visit(Heading node) {
                styles.add("md-strong");
                block(node);
                styles.remove(styles.size() - 1);
            }

            @Override
            public void visit(StrongEmphasis node) {
                styled("md-strong", node);
            }

            @Override
            public void visit(Emphasis node) {
                styled("md-emphasis", node);
            }

            @Override
            public void visit(Code node) {
                styles.add("md-code");
                text(node.getLiteral());
                styles.remove(styles.size() - 1);
            }

            @Override
            public void visit(Link node) {
                styled("md-link", node);
            }

            @Override
            public void visit(SoftLineBreak node) {
                text("\n");
            }

            @Override
            public void visit(HardLineBreak node) {
                text("\n");
            }

            @Override
            public void visit(BulletList node) {
                item(node, -1);
            }

            @Override
            public void visit(OrderedList node) {
                item(node, node.getMarkerStartNumber() == null ? 1 : node.getMarkerStartNumber());
            }

            private void item(org.commonmark.node.Node list, int number) {
                int at = number;
                for (var item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (blockStarted) {
                        text("\n");
                    }
                    blockStarted = true;
                    styles.add("md-bullet");
                    text(number < 0 ? "•  " : (at++) + ".  ");
                    styles.remove(styles.size() - 1);
                    item.accept(this);
                }
            }

            @Override
            public void visit(ListItem node) {
                visitChildren(node);
            }

            @Override
            public void visit(BlockQuote node) {
                styled("md-quote", node);
            }

            @Override
            public void visit(HtmlInline node) {
                text(node.getLiteral());
            }

            @Override
            public void visit(HtmlBlock node) {
                if (blockStarted) {
                    text("\n");
                }
                blockStarted = true;
                text(node.getLiteral().strip());
            }

            @Override
            public void visit(FencedCodeBlock node) {
                code(node.getLiteral());
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                code(node.getLiteral());
            }

            private void code(String literal) {
                if (blockStarted) {
                    text("\n");
                }
                blockStarted = true;
                styles.add("md-code");
                text(literal.stripTrailing());
                styles.remove(styles.size() - 1);
            }

            @Override
            public void visit(ThematicBreak node) {
                if (blockStarted) {
                    text("\n");
                }
                blockStarted = true;
                text("───");
            }
        });
        return runs;
    }
}
