package dev.quarry.processor.util;

import static com.google.common.truth.Truth.assertThat;

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
    }

    @Test
    void flatNamesAndAccessors() {
        assertThat(Names.flatName(List.of("Outer", "Inner"))).isEqualTo("Outer_Inner");
        assertThat(Names.getter("email", false)).isEqualTo("getEmail");
        assertThat(Names.getter("active", true)).isEqualTo("isActive");
        assertThat(Names.setter("email")).isEqualTo("setEmail");
    }
}
