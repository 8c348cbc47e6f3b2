def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("content/01-basics/01-note.md:6:5: broken link '02-missing.md'") : 'the error names file:line:column'
assert log.contains('Build failed: 1 error(s)')

def site = new File(basedir, 'site')
assert new File(site, 'index.html').getText('UTF-8') == '<p>the previous site</p>\n'
assert site.list().sort() == ['.coursenotes-site', 'index.html'] : "site/ was changed: ${site.list()}"
assert basedir.list().findAll { it.startsWith('site.') }.isEmpty() : 'no staging folder is left behind'
return true
