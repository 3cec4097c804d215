package dev.quarry.internal.relation;

import static dev.quarry.fixture.graph.Book_.BOOK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How messages name a relationship: as code does, through the metamodel constant. */
class RelationImplTest {
    @Test
    void namesTheRelationshipThroughTheMetamodelConstant() {
        assertEquals("BOOK.genres", BOOK.genres.toString());
        assertEquals("BOOK.as(\"b\").author", BOOK.as("b").author.toString());
    }

    @Test
    void constantNamesFollowTheProcessorsRule() {
        assertEquals("POST", RelationImpl.constantName("Post"));
        assertEquals("BLOG_POST", RelationImpl.constantName("BlogPost"));
        assertEquals("HTTP_SERVER", RelationImpl.constantName("HTTPServer"));
        assertEquals("LINE2_NO", RelationImpl.constantName("Line2No"));
        assertEquals("ORDER_LINE_V2", RelationImpl.constantName("OrderLineV2"));
    }
}
