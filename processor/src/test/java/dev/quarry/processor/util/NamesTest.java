package dev.quarry.processor.util;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void snakeCase() {
        assertThat(Names.snakeCase("BlogPost")).isEqualTo("blog_post");
        assertThat(Names.snakeCase("createdAt")).isEqualTo("created_at");
        assertThat(Names.snakeCase("id")).isEqualTo("id");
        assertThat(Names.snakeCase("HTTPServer")).isEqualTo("http_server");
        assertThat(Names.snakeCase("userID")).isEqualTo("user_id");
        assertThat(Names.snakeCase("line2No")).isEqualTo("line2_no");
        assertThat(Names.snakeCase("already_snake")).isEqualTo("already_snake");
        assertThat(Names.snakeCase("Some_Thing")).isEqualTo("some_thing");
    }

    @Test
    void constantName() {
        assertThat(Names.constantName("User")).isEqualTo("USER");
        assertThat(Names.constantName("BlogPost")).isEqualTo("BLOG_POST");
        assertThat(Names.constantName("OrderLine")).isEqualTo("ORDER_LINE");
    }

    @Test
    void constraintNames() {
        assertThat(Names.uniqueName("users", "email")).isEqualTo("ux_users_email");
        assertThat(Names.indexName("users", "name")).isEqualTo("ix_users_name");
        assertThat(Names.indexName("users", List.of("name", "created_at"), false)).isEqualTo("ix_users_name_created_at");
        assertThat(Names.indexName("users", List.of("name", "created_at"), true)).isEqualTo("ux_users_name_created_at");
        assertThat(Names.foreignKeyName("posts", "author_id")).isEqualTo("fk_posts_author_id");
        assertThat(Names.checkName("users", "status")).isEqualTo("users_status_check");
    }

    @Test
    void checkNamesLongerThanPostgresKeepsAreShortenedFromTheLongerPart() {
        // 60 + 6 > 63 - "_check".length() - 1: the longer part loses characters until both fit
        assertThat(Names.checkName("a".repeat(60), "status")).isEqualTo("a".repeat(50) + "_status_check");
        // once both are as long, they lose characters in turn
        assertThat(Names.checkName("a".repeat(40), "b".repeat(30))).isEqualTo("a".repeat(28) + "_" + "b".repeat(28) + "_check");
        // exactly 63 stays as is
        String fits = Names.checkName("t".repeat(28), "c".repeat(28));
        assertThat(fits).hasLength(Names.MAX_IDENTIFIER_BYTES);
        assertThat(Names.checkName("t".repeat(29), "c".repeat(28))).isEqualTo(fits);
        // the limit counts UTF-8 bytes, and a character is never cut in half
        String shortened = Names.checkName("\u00e9".repeat(40), "x");
        assertThat(shortened.getBytes(StandardCharsets.UTF_8).length)
                .isAtMost(Names.MAX_IDENTIFIER_BYTES);
        assertThat(shortened).isEqualTo("\u00e9".repeat(27) + "_x_check");
    }

    @Test
    void flatNamesAndAccessors() {
        assertThat(Names.flatName(List.of("Outer", "Inner"))).isEqualTo("Outer_Inner");
        assertThat(Names.getter("email", false)).isEqualTo("getEmail");
        assertThat(Names.getter("active", true)).isEqualTo("isActive");
        assertThat(Names.setter("email")).isEqualTo("setEmail");
    }
}
