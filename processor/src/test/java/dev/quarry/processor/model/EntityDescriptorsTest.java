package dev.quarry.processor.model;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.quarry.processor.Compilers;
import dev.quarry.processor.LiveJavac;
import dev.quarry.processor.util.MemberAccess;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@link EntityDescriptors} on real elements compiled by javac. */
class EntityDescriptorsTest {

    @Test
    void classEntity() {
        LiveJavac.run(Compilers.input("user"), env -> {
            EntityDescriptor user = descriptors(env).create(env.type("com.example.User"));

            assertThat(user.entity()).isEqualTo(ClassName.get("com.example", "User"));
            assertThat(user.record()).isFalse();
            assertThat(user.table()).isEqualTo("users");
            assertThat(user.constant()).isEqualTo("USER");
            assertThat(user.metamodel()).isEqualTo(ClassName.get("com.example", "User_"));
            assertThat(user.mapper()).isEqualTo(ClassName.get("com.example", "User_Mapper"));
            assertThat(user.instantiation()).isEqualTo(Instantiation.NO_ARG_CONSTRUCTOR);
            assertThat(user.columns().stream().map(ColumnDescriptor::name).toList())
                    .containsExactly("id", "name", "email", "bio", "age", "created_at", "status").inOrder();
            assertThat(user.keyType()).isEqualTo(ClassName.get(Long.class));
            assertThat(user.generatedKey().map(ColumnDescriptor::property)).hasValue("id");
            assertThat(user.serverDefaultColumns().stream().map(ColumnDescriptor::property).toList())
                    .containsExactly("createdAt");
            assertThat(user.foreignKeys()).isEmpty();
            assertThat(user.indexes()).containsExactly(
                    new IndexDescriptor("ux_users_email", List.of("email"), true),
                    new IndexDescriptor("ix_users_name_created_at", List.of("name", "created_at"), false)).inOrder();
            assertThat(user.checks()).containsExactly(
                    new CheckDescriptor("users_status_check", "\"status\" IN ('ACTIVE', 'BANNED')"));

            ColumnDescriptor email = user.columns().get(2);
            assertThat(email.reader()).isEqualTo(Access.method("getEmail"));
            assertThat(email.writer()).isEqualTo(Access.method("setEmail"));
            assertThat(email.length()).isEqualTo(255);
            ColumnDescriptor bio = user.columns().get(3);
            assertThat(bio.nullable()).isTrue();
            assertThat(bio.reader()).isEqualTo(Access.field("bio"));
            ColumnDescriptor age = user.columns().get(4);
            assertThat(age.kind()).isEqualTo(ValueKind.INT);
            assertThat(age.javaType()).isEqualTo(TypeName.INT);
            assertThat(age.boxedType()).isEqualTo(ClassName.get(Integer.class));
            ColumnDescriptor status = user.columns().get(6);
            assertThat(status.kind()).isEqualTo(ValueKind.ENUM);
            assertThat(status.javaType()).isEqualTo(ClassName.get("com.example", "Status"));
        });
    }

    @Test
    void recordWithCompositeKeyAndForeignKeyToAnotherPackage() {
        LiveJavac.run(Compilers.input("order_line"), env -> {
            EntityDescriptor line = descriptors(env).create(env.type("com.example.shop.OrderLine"));

            assertThat(line.record()).isTrue();
            assertThat(line.instantiation()).isEqualTo(Instantiation.ALL_COLUMNS_CONSTRUCTOR);
            assertThat(line.compositeKey()).isTrue();
            assertThat(line.keyColumns().stream().map(ColumnDescriptor::property).toList())
                    .containsExactly("orderId", "lineNo").inOrder();
            assertThat(line.keyType()).isEqualTo(ClassName.get("com.example.shop", "OrderLine_", "Key"));
            assertThat(line.foreignKeys()).containsExactly(
                    new ForeignKeyDescriptor("fk_order_line_user_id", "user_id", "users", "id", "CASCADE"));
            ColumnDescriptor price = line.columns().get(3);
            assertThat(price.kind()).isEqualTo(ValueKind.DECIMAL);
            assertThat(price.precision()).isEqualTo(10);
            assertThat(price.scale()).isEqualTo(2);
            assertThat(price.nullable()).isTrue();
            assertThat(price.reader()).isEqualTo(Access.method("price"));
            assertThat(price.writer()).isNull();
        });
    }

    @Test
    void nestedEntityAndAllColumnsConstructor() {
        List<JavaFileObject> sources = new ArrayList<>(Compilers.input("tables"));
        sources.addAll(Compilers.input("server_defaults"));
        LiveJavac.run(sources, env -> {
            EntityDescriptor author = descriptors(env).create(env.type("com.example.library.Shelf.Author"));
            EntityDescriptor account = descriptors(env).create(env.type("com.example.events.Account"));

            assertThat(author.metamodel()).isEqualTo(ClassName.get("com.example.library", "Shelf_Author_"));
            assertThat(author.mapper()).isEqualTo(ClassName.get("com.example.library", "Shelf_Author_Mapper"));
            assertThat(author.constant()).isEqualTo("AUTHOR");
            assertThat(author.table()).isEqualTo("author");
            assertThat(account.instantiation()).isEqualTo(Instantiation.ALL_COLUMNS_CONSTRUCTOR);
            assertThat(account.columns().get(1).reader()).isEqualTo(Access.method("getCredit"));
            assertThat(account.columns().get(1).serverDefault()).isEqualTo("100");
        });
    }

    private static EntityDescriptors descriptors(LiveJavac.Env env) {
        return new EntityDescriptors(new MemberAccess(
                env.processing().getElementUtils(), env.processing().getTypeUtils()));
    }
}
