def log = new File(basedir, 'build.log').text
assert log.contains('quarry:check needs the model: set <model> (or -Dquarry.model)') : 'no message naming the model parameter'
assert !new File(basedir, 'target/app.db').exists() : 'the database was opened'
return true
