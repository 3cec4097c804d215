package dev.quarry.it;

import static dev.quarry.it.graph.Article_.ARTICLE;
import static dev.quarry.it.graph.Label_.LABEL;
import static dev.quarry.it.graph.Member_.MEMBER;
import static dev.quarry.it.model.Shelf_.SHELF;
import static dev.quarry.query.Load.selectIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.it.graph.Article;
import dev.quarry.it.graph.Label;
import dev.quarry.it.graph.Member;
import dev.quarry.it.model.Shelf;
import dev.quarry.it.model.Slot;
import dev.quarry.relation.Ref;
import dev.quarry.session.ObjectState;
import dev.quarry.session.Session;
import dev.quarry.testing.DatabaseExtension;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The session's cascades on the relationship suite's members, articles and labels: save-update
 * along holders, foreign keys set from collections and {@code Ref}s, join rows written by
 * difference, delete cascades and delete-orphan, with the statements counted at the driver.
 */
abstract class SessionCascadeTests {
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private final DatabaseExtension database;

    protected SessionCascadeTests(DatabaseExtension database) {
        this.database = database;
    }

    private Database db() {
        return database.db();
    }

    /** SQL written with double-quoted identifiers, quoted as the running dialect quotes them. */
    private String quoted(String sql) {
        return database.isMariadb() ? sql.replace('"', '`') : sql;
    }

    @AfterEach
    void connectionsAreReturned() {
        assertEquals(0, db().poolStats().active(), "a session kept a connection");
    }

    /** Each statement as its verb and table, {@code "insert members"}. */
    private static List<String> kinds(StatementCount count) {
        List<String> kinds = new ArrayList<>();
        for (String sql : count.statements()) {
            String[] words = sql.toLowerCase(Locale.ROOT).replaceAll("[\"`]", "").split(" ");
            String table = words[0].equals("update") ? words[1] : words[0].equals("select") ? from(words) : words[2];
            kinds.add(words[0] + " " + table);
        }
        return kinds;
    }

    private static String from(String[] words) {
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].equals("from")) {
                return words[i + 1];
            }
        }
        return "?";
    }

    private static Article article(String title, List<Label> labels) {
        return new Article(null, 0, title, EPOCH, Ref.empty(), new ArrayList<>(labels));
    }

    /** A member with two articles, the first labelled red and blue, persisted outside the session. */
    private Member stored(String name) {
        Member member = new Member(name);
        member.articles = new ArrayList<>(List.of(article(name + " one", List.of(new Label(name + "-red"),
                new Label(name + "-blue"))), article(name + " two", List.of())));
        return db().persist(MEMBER, member);
    }

    @Test
    void aNewParentWithNewChildrenAndLabelsIsOneFlushInForeignKeyOrder() {
        try (Session session = db().session()) {
            Label red = new Label("red");
            Member ann = new Member("Ann");
            ann.articles = new ArrayList<>(List.of(article("One", List.of(red)), article("Two", List.of(red, new Label("blue")))));
            session.add(MEMBER, ann);
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                List<String> kinds = kinds(count);
                assertEquals(4, kinds.size(), count::toString);
                assertEquals("insert members", kinds.get(0), count::toString);
                assertTrue(kinds.indexOf("insert articles") > 0 && kinds.indexOf("insert labels") > 0, count::toString);
                assertEquals("insert article_labels", kinds.get(3), "join rows after both sides: " + count);
            }
            assertEquals(ObjectState.PERSISTENT, session.state(red), "reached through a holder: saved");
            assertNotNull(ann.id);
            Article stored = ann.articles.get(0);
            assertNotNull(stored.id(), "the inserted record took the given one's place in the collection");
            assertEquals(ann.id.longValue(), stored.authorId());
            session.commit();
        }
        assertEquals(2, db().select(ARTICLE).count());
        assertEquals(3, database.number("SELECT count(*) FROM article_labels"));
    }

    @Test
    void aChildMovedBetweenParentsIsOneUpdateOfItsForeignKey() {
        Member ann = stored("Ann");
        Member bob = db().persist(MEMBER, new Member("Bob"));
        long moved = ann.articles.get(1).id();
        try (Session session = db().session()) {
            List<Member> members = session.select(MEMBER).orderBy(MEMBER.id.asc()).load(selectIn(MEMBER.articles)).fetch();
            Member loadedAnn = members.get(0);
            Article article = loadedAnn.articles.stream().filter(a -> a.id() == moved).findFirst().orElseThrow();
            assertSame(article, session.get(ARTICLE, moved).orElseThrow(), "loaded children are tracked");
            loadedAnn.articles.remove(article);
            members.get(1).articles.add(article);
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(List.of("update articles"), kinds(count), count::toString);
            }
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(0, count.total(), "the collections remember what was written: " + count);
            }
            session.commit();
        }
        assertEquals(bob.id.longValue(), db().get(ARTICLE, moved).orElseThrow().authorId());
        assertEquals(2, db().select(ARTICLE).count());
    }

    @Test
    void aRefRepointedOnAPersistentObjectUpdatesItsForeignKeyOnly() {
        Member ann = stored("Ann");
        Member bob = db().persist(MEMBER, new Member("Bob"));
        long id = ann.articles.get(1).id();
        try (Session session = db().session()) {
            Article article = session.get(ARTICLE, id).orElseThrow();
            Member loadedBob = session.get(MEMBER, bob.id).orElseThrow();
            session.update(ARTICLE, new Article(article.id(), article.authorId(), article.title(), article.createdAt(),
                    Ref.of(loadedBob), article.labels()));
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(1, count.total(), count::toString);
                assertEquals(quoted("update \"articles\" set \"author_id\" = ? where \"id\" = ?"),
                        count.statements().get(0).toLowerCase(Locale.ROOT));
            }
            session.commit();
        }
        assertEquals(bob.id.longValue(), db().get(ARTICLE, id).orElseThrow().authorId());
    }

    @Test
    void aLabelRemovedFromALoadedArticleIsOneDeleteOfItsJoinRow() {
        Member ann = stored("Ann");
        long id = ann.articles.get(0).id();
        try (Session session = db().session()) {
            Article article = session.select(ARTICLE).where(ARTICLE.id.eq(id)).load(selectIn(ARTICLE.labels)).one();
            assertEquals(2, article.labels().size());
            article.labels().remove(0);
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(List.of("delete article_labels"), kinds(count), count::toString);
                assertEquals(1, count.batches(), count::toString);
            }
            session.commit();
        }
        assertEquals(1, database.number("SELECT count(*) FROM article_labels"));
        assertEquals(2, db().select(LABEL).count(), "the label itself stays");
    }

    @Test
    void deleteCascadesOverThreeLevelsChildrenFirst() {
        Member ann = stored("Ann");
        stored("Bob");
        try (Session session = db().session()) {
            Member member = session.get(MEMBER, ann.id).orElseThrow();
            session.delete(member);
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(List.of("select articles", "delete article_labels", "delete articles", "delete members"),
                        kinds(count), count::toString);
            }
            assertEquals(ObjectState.DELETED, session.state(member));
            session.commit();
        }
        assertEquals(1, db().select(MEMBER).count());
        assertEquals(2, db().select(ARTICLE).count());
        assertEquals(2, database.number("SELECT count(*) FROM article_labels"));
        assertEquals(4, db().select(LABEL).count());
    }

    @Test
    void anArticleRemovedFromItsMemberIsDeletedAsAnOrphan() {
        Member ann = stored("Ann");
        long orphan = ann.articles.get(0).id();
        try (Session session = db().session()) {
            Member member = session.select(MEMBER).where(MEMBER.id.eq(ann.id)).load(selectIn(MEMBER.articles)).one();
            Article article = session.get(ARTICLE, orphan).orElseThrow();
            member.articles.remove(article);
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(List.of("delete article_labels", "delete articles"), kinds(count), count::toString);
            }
            assertEquals(ObjectState.DELETED, session.state(article));
            session.commit();
        }
        assertEquals(1, db().select(ARTICLE).count());
        assertEquals(0, database.number("SELECT count(*) FROM article_labels"));
    }

    /** A shelf persisted outside the session with new slots of these labels. */
    private Shelf shelf(String name, String... labels) {
        Shelf shelf = new Shelf(name);
        shelf.slots = new ArrayList<>();
        for (String label : labels) {
            shelf.slots.add(new Slot(label));
        }
        return db().persist(SHELF, shelf);
    }

    private long slotsOn(Shelf shelf) {
        return database.number("SELECT count(*) FROM slots WHERE shelf_id = ?", shelf.id);
    }

    private static Slot labelled(List<Slot> slots, String label) {
        return slots.stream().filter(slot -> slot.label.equals(label)).findFirst().orElseThrow();
    }

    @Test
    void aChildRemovedFromACollectionWithoutDeleteOrphanAndANotNullKeyFailsNamingTheFixesThatWork() {
        Shelf top = shelf("top", "a", "b");
        Shelf bottom = shelf("bottom");
        try (Session session = db().session()) {
            List<Shelf> shelves = session.select(SHELF).orderBy(SHELF.id.asc()).load(selectIn(SHELF.slots)).fetch();
            Shelf loadedTop = shelves.get(0);
            Slot a = labelled(loadedTop.slots, "a");
            Slot b = labelled(loadedTop.slots, "b");
            loadedTop.slots.remove(a);
            try (StatementCount count = JdbcStatements.count()) {
                IllegalStateException e = assertThrows(IllegalStateException.class, session::flush);
                assertEquals("Slot[id=" + a.id + ", label=a] was removed from Shelf.slots, but slots.shelf_id cannot be"
                        + " NULL: declare cascade = Cascade.DELETE_ORPHAN on Shelf.slots to delete it at flush, move it"
                        + " to another Shelf, or session.delete(...) it", e.getMessage());
                assertEquals(0, count.total(), "refused before anything is sent: " + count);
            }
            session.rollback();
            assertEquals(2, slotsOn(top), "nothing written");
            assertEquals(ObjectState.PERSISTENT, session.state(a), "the session is usable after the rollback");

            session.delete(a); // the first fix the message gives
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(List.of("delete slots"), kinds(count), count::toString);
            }
            assertEquals(ObjectState.DELETED, session.state(a));
            session.commit();

            loadedTop.slots.remove(b); // the second: move it to another shelf
            assertThrows(IllegalStateException.class, session::flush, "removed only: refused again");
            session.rollback();
            shelves.get(1).slots.add(b);
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(List.of("update slots"), kinds(count), count::toString);
            }
            assertEquals(bottom.id.longValue(), b.shelfId);
            session.commit();
        }
        assertEquals(0, slotsOn(top));
        assertEquals(1, slotsOn(bottom));
        assertEquals(1, database.number("SELECT count(*) FROM slots"));
    }
}
