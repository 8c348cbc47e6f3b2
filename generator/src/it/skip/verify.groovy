def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('coursenotes: skipped (coursenotes.skip)')
assert !new File(basedir, 'site').exists() : 'a skipped goal writes nothing'
assert basedir.list().findAll { it.startsWith('site') }.isEmpty()
return true
