def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("content/01-basics/01-note.md:6:5: broken link '02-missing.md'")
assert log.contains('Check failed: 1 error(s)')
assert !new File(basedir, 'site').exists() : 'check writes nothing'
assert basedir.list().findAll { it.startsWith('site') }.isEmpty()
return true
