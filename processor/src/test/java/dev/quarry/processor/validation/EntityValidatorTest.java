package dev.quarry.processor.validation;

import dev.quarry.processor.util.Names;
import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.JavaFileObjects;
import dev.quarry.processor.Compilers;
import dev.quarry.processor.LiveJavac;
import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.util.MemberAccess;
import dev.quarry.processor.util.Property;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link EntityValidator} and its report on real elements; suggestions for misspelled properties. */
class EntityValidatorTest {

    @Test
    void aValidEntityGivesACleanEmptyReport() {
        LiveJavac.run(Compilers.input("user"), env -> {
            ValidationReport report = validator(env).validate(env.type("com.example.User"), Set.of());

            assertThat(report.isClean()).isTrue();
            assertThat(report.items()).isEmpty();
        });
    }

    @Test
    void everyProblemOfTheTypeIsCollectedInOrder() {
        LiveJavac.run(List.of(JavaFileObjects.forSourceLines("com.example.Bad",
                "package com.example;",
                "import dev.quarry.annotation.*;",
                "@Entity",
                "@Index(columns = \"nmae\")",
                "public class Bad {",
                "    java.util.Calendar when;",
                "    @Column(length = 5) long size;",
                "    String name;",
                "}")), env -> {
            ValidationReport report = validator(env).validate(env.type("com.example.Bad"), Set.of());

            assertThat(report.isClean()).isFalse();
            assertThat(report.items().stream().map(ValidationReport.Item::message).toList()).containsExactly(
                    ErrorMessages.noId("Bad"),
                    ErrorMessages.replaceableType("when", "java.util.Calendar", "java.time.OffsetDateTime"),
                    ErrorMessages.lengthNotString("size", "long"),
                    ErrorMessages.indexUnknownProperty("Bad", "nmae", "name", "when, size, name")).inOrder();
        });
    }

    @Test
    void suggestionsFindTheClosestPropertyOrTheColumnName() {
        LiveJavac.run(Compilers.input("user"), env -> {
            List<Property> columns = Property.columnsOf(env.type("com.example.User"));

            assertThat(IndexValidator.suggestion("nmae", columns)).isEqualTo("name");
            assertThat(IndexValidator.suggestion("created_at", columns)).isEqualTo("createdAt");
            assertThat(IndexValidator.suggestion("CreatedAt", columns)).isEqualTo("createdAt");
            assertThat(IndexValidator.suggestion("somethingElse", columns)).isNull();
        });
    }

    @Test
    void levenshteinDistance() {
        assertThat(Names.editDistance("name", "name")).isEqualTo(0);
        assertThat(Names.editDistance("nmae", "name")).isEqualTo(2);
        assertThat(Names.editDistance("titel", "title")).isEqualTo(2);
        assertThat(Names.editDistance("", "abc")).isEqualTo(3);
        assertThat(Names.editDistance("kitten", "sitting")).isEqualTo(3);
    }

    private static EntityValidator validator(LiveJavac.Env env) {
        return new EntityValidator(env.processing().getTypeUtils(),
                new MemberAccess(env.processing().getElementUtils(), env.processing().getTypeUtils()));
    }
}
