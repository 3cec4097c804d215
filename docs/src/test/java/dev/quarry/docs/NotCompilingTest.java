package dev.quarry.docs;

import org.junit.jupiter.api.Test;

/** The helper itself: a sample that does not compile is reported with javac's reason. */
class NotCompilingTest {
    @Test
    void wrongValueTypeIsRejected() {
        NotCompiling.assertRejected(NotCompiling.sample("queries/WrongValueType.java"), "line 9:", "java.lang.String");
    }
}
