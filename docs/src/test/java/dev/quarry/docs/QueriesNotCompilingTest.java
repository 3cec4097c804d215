package dev.quarry.docs;

import org.junit.jupiter.api.Test;

/** The mistakes docs/guide/queries.md says javac rejects are rejected, for the reason it gives. */
class QueriesNotCompilingTest {
    @Test
    void aValueOfTheWrongType() {
        NotCompiling.assertRejected(NotCompiling.sample("queries/WrongValueType.java"), "line 9:",
                "no suitable method found for gt(java.lang.String)", "java.lang.String cannot be converted to java.lang.Integer");
    }

    @Test
    void aConditionOnAnotherTable() {
        NotCompiling.assertRejected(NotCompiling.sample("queries/ConditionOnAnotherTable.java"), "line 10:",
                "dev.quarry.query.Condition<com.example.blog.Post> cannot be converted to dev.quarry.query.Condition<com.example.blog.User>");
    }

    @Test
    void likeOnANumber() {
        NotCompiling.assertRejected(NotCompiling.sample("queries/LikeOnNumber.java"), "line 9:",
                "cannot find symbol", "method like(java.lang.String)", "dev.quarry.query.Column<com.example.blog.User,java.lang.Integer>");
    }

    @Test
    void setWithAValueOfTheWrongType() {
        NotCompiling.assertRejected(NotCompiling.sample("queries/WrongSetValue.java"), "line 9:",
                "method set in interface dev.quarry.query.UpdateSetStep<E> cannot be applied to given types",
                "equality constraints: java.lang.String", "lower bounds: java.lang.Integer");
    }

    @Test
    void sumOfText() {
        NotCompiling.assertRejected(NotCompiling.sample("queries/SumOfText.java"), "line 10:",
                "method sum in class dev.quarry.query.Sql cannot be applied to given types",
                "required: dev.quarry.query.Expression<S,? extends java.lang.Number>");
    }

    @Test
    void aRecordThatDoesNotFit() {
        NotCompiling.assertRejected(NotCompiling.sample("queries/WrongRecord.java"), "line 11:",
                "invalid constructor reference", "java.lang.Integer cannot be converted to java.lang.String");
    }

    @Test
    void aUnionOfDifferentTypes() {
        NotCompiling.assertRejected(NotCompiling.sample("queries/UnionOfDifferentTypes.java"), "line 10:",
                "incompatible equality constraints java.lang.String,java.lang.Integer");
    }

    @Test
    void aWaitPolicyWithoutALock() {
        NotCompiling.assertRejected(NotCompiling.sample("queries/NoWaitWithoutLock.java"), "line 9:",
                "cannot find symbol", "method noWait()");
    }
}
