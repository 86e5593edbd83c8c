package app.strategyworkbook.ui;

import org.junit.jupiter.api.BeforeEach;

/**
 * A UI test on the example strategy: each test starts the app on a fresh copy of it (strategy.md in its own folder),
 * drives it with {@link #robot}, and closes it afterwards with what it journalled and remembered.
 */
abstract class ExampleWindowTest extends WindowTest {
    @BeforeEach
    void openTheExample() throws Exception {
        stage = OpenWorkbook.startOnExample(dir, preferences());
    }
}
