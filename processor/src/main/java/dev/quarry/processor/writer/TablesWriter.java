package dev.quarry.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.quarry.processor.diagnostic.Diagnostics;
import dev.quarry.processor.model.TablesDescriptor;
import dev.quarry.processor.util.RuntimeTypes;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;

/** Writes the per-package {@code Tables} class: every entity table of the package, for schema tools. */
public final class TablesWriter extends SourceFileWriter<TablesDescriptor> {

    public TablesWriter(Filer filer, Diagnostics diagnostics) {
        super(filer, diagnostics);
    }

    @Override
    protected ClassName typeName(TablesDescriptor tables) {
        return tables.tablesClass();
    }

    @Override
    protected TypeSpec.Builder type(TablesDescriptor tables) {
        TypeSpec.Builder type = TypeSpec.classBuilder(tables.tablesClass())
                .addJavadoc("The entity tables of package {@code $L}, for schema tools:\n"
                        + "{@code db.schema($T.ALL).createAll()}.\n"
                        + "\n"
                        + "<p>With this class Quarry writes {@code $L} into the same package of the class output: a\n"
                        + "Mermaid {@code erDiagram} of these tables, the join tables Quarry generates for them, and\n"
                        + "their foreign keys and relationships, for documentation.\n",
                        tables.tablesClass().packageName(), tables.tablesClass(), DiagramWriter.FILE_NAME)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        for (TablesDescriptor.Entry entry : tables.entries()) {
            type.addField(FieldSpec.builder(entry.metamodel(), entry.constant(),
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The {@code $L} table of {@link $T}.\n", entry.table(), entry.entity())
                    .initializer("$T.$N", entry.metamodel(), entry.constant())
                    .build());
        }
        TypeName wildcard = WildcardTypeName.subtypeOf(Object.class);
        TypeName all = ParameterizedTypeName.get(ClassName.get(List.class),
                ParameterizedTypeName.get(RuntimeTypes.ENTITY_TABLE, wildcard, wildcard));
        CodeBlock constants = CodeBlock.join(
                tables.entries().stream().map(entry -> CodeBlock.of("$N", entry.constant())).toList(), ", ");
        return type
                .addField(FieldSpec.builder(all, "ALL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Every entity table of this package, ordered by entity name.\n")
                        .initializer("$T.of($L)", List.class, constants)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    }
}
