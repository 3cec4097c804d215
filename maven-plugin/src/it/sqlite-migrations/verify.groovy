// quarry:generate wrote the first version's pair of scripts, quarry:upgrade applied it, quarry:check passed.
def scripts = new File(basedir, 'src/main/resources/db/migration/sqlite')
def up = new File(scripts, 'V1__create_users.sql')
def down = new File(scripts, 'U1__create_users.sql')
assert up.isFile() : "no ${up}"
assert down.isFile() : "no ${down}"
assert up.text.contains('CREATE TABLE') : up.text
assert down.text.contains('DROP TABLE') : down.text
assert scripts.listFiles().length == 2 : scripts.list()

assert new File(basedir, 'target/app.db').isFile()

def log = new File(basedir, 'build.log').text
assert log.contains('Wrote ') : 'generate logged no file'
assert log =~ /\[1\/1\] V1 create users \.\.\. \d+ ms/ : 'upgrade logged no progress'
assert log.contains('Applied 1 migration; the database is at version 1.')
assert log.contains('The database matches the model.')
assert log =~ /1 +create users +APPLIED/ : 'history logged no applied migration'
return true
